# recursive sorting algorithms
def quicksort(xs):
    if len(xs) <= 1:
        return xs
    pivot = xs[len(xs) // 2]
    return quicksort([x for x in xs if x < pivot]) + [x for x in xs if x == pivot] + quicksort([x for x in xs if x > pivot])

def mergesort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    a = mergesort(xs[:mid])
    b = mergesort(xs[mid:])
    out = []
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i]); i += 1
        else:
            out.append(b[j]); j += 1
    return out + a[i:] + b[j:]

data = [(i * 7919) % 1009 for i in range(300)]
print(quicksort(data)[:20], quicksort(data) == sorted(data), mergesort(data) == sorted(data))
print(mergesort(["pear", "apple", "fig", "kiwi"]), quicksort([3.5, -1, 2, 2, 0]))
