# tuple comparison and hashing
ts = [(1, 2), (1, 2, 0), (0, 9), (1, 1), (1, 2), (), (2,)]
for a in ts:
    print(a, [a < b for b in ts], [a == b for b in ts])
print(sorted(ts), max(ts), min(ts))
for t in [(), (1,), (1, 2), (1, "a", 2.5), ((1, 2), (3,)), (True, False)]:
    print(t, hash(t))
d = {(1, 2): "a", (3,): "b"}
print(d[(1, 2)], (3,) in d, d)
