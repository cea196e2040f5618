# set algebra: | & - ^ and methods, subset/superset
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, {10}), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a <= b, {1, 2} <= a, {1, 2} < a, a >= {1}, a > a, a.issubset(a), a.issuperset({6}), a.isdisjoint({8, 9}))
c = set(a)
c |= {9}; print(c)
c &= {1, 2, 9, 10}; print(c)
c -= {1}; print(c)
c ^= {2, 3}; print(c)
c.update([7, 8], {0}); print(c)
print(a == {5, 4, 3, 2, 1}, a != b)
