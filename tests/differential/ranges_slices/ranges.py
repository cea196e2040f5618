# range objects: iteration, len, indexing, slicing, membership, repr
for r in [range(5), range(2, 10), range(10, 2, -3), range(0), range(-5, 5, 2), range(0, 20, 5)]:
    print(r, list(r), len(r), r[0] if len(r) else None, r[-1] if len(r) else None, 4 in r, r[1:3], r[::-1])
r = range(0, 100, 7)
print(r.index(49), r.count(14), r.start, r.stop, r.step, sum(r), max(r), min(r))
try:
    range(1, 5, 0)
except ValueError as e:
    print("ValueError", e)
try:
    range(3)[5]
except IndexError as e:
    print("IndexError", e)
print(range(3) == range(0, 3), range(0) == range(5, 5), list(range(10 ** 20, 10 ** 20 + 3)))
