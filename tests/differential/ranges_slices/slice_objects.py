# slice objects and indices()
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1))
xs = list(range(20))
print(xs[s], xs[slice(3)], xs[slice(None, None, -4)], "abcdefgh"[slice(2, 6)])
for sl in [slice(None), slice(2, None), slice(-3, None), slice(None, None, -1), slice(5, 1, -1), slice(-100, 100, 3)]:
    print(sl, sl.indices(10), xs[sl][:5])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
