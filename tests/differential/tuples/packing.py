# tuple packing/unpacking, swapping, returning several values
def minmax(xs):
    return min(xs), max(xs)

lo, hi = minmax([4, 9, -2, 7])
print(lo, hi)
a, b = 1, 2
a, b = b, a
print(a, b)
x = 1, 2, 3
print(x, type(x).__name__)
(p, q), r = (1, 2), 3
print(p, q, r)
for i, (name, score) in enumerate([("a", 1), ("b", 2)]):
    print(i, name, score)
pairs = [(1, "one"), (2, "two"), (3, "three")]
nums, words = zip(*pairs)
print(nums, words)
