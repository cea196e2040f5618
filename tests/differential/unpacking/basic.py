# sequence unpacking: tuples, lists, strings, nested, swaps
a, b, c = 1, 2, 3
print(a, b, c)
[x, y] = "hi"
print(x, y)
(p, q), [r, s] = (1, 2), [3, 4]
print(p, q, r, s)
a, b = b, a
print(a, b)
i, j, k = range(3)
print(i, j, k)
d = {"one": 1, "two": 2}
(k1, v1), (k2, v2) = d.items()
print(k1, v1, k2, v2)
for n, (lo, hi) in enumerate([(0, 1), (5, 9)]):
    print(n, lo, hi)
for bad in ([1, 2, 3], [1]):
    try:
        u, v = bad
    except ValueError as e:
        print("ValueError", e)
