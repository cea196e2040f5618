# starred assignment targets
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcde"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
h, *t = [1]
print(h, t)
(x, *ys), w = [1, 2, 3], 4
print(x, ys, w)
for head, *tail in [(1, 2, 3), (4,), ("a", "b")]:
    print(head, tail)
try:
    p, q, *r = [1]
except ValueError as e:
    print("ValueError", e)
