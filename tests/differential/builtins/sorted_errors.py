# sorted/min/max: keys, stability, and the errors for unorderable values
rows = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(rows, key=lambda r: r[1]), sorted(rows, key=lambda r: r[0]), sorted(rows))
print(min(rows, key=lambda r: (r[1], r[0])), max(rows, key=lambda r: r[0]))
for bad in ([3, None, 1], [(1, "a"), (1, 2)], [{}, {}], ["a", 1.5]):
    try:
        print(sorted(bad))
    except TypeError as e:
        print("TypeError", e)
try:
    max([1, 2], key=len)
except TypeError as e:
    print("TypeError", e)
print(sorted([3, 1, 2], key=None), sorted("bca", reverse=True), sorted({3: 1, 1: 2}), sorted((2.5, -1, 0)))
