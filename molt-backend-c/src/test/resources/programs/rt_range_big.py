r = range(10 ** 20, 10 ** 20 + 3)
print(list(r), r, len(r), r[1], r[-1], 10 ** 20 + 1 in r, 5 in r, r.index(10 ** 20 + 2), r.count(10 ** 20), bool(r))
print(r.start, r.stop, r.step, list(reversed(r)), r == range(10 ** 20, 10 ** 20 + 3), hash(r) == hash(range(10 ** 20, 10 ** 20 + 3)))
big = range(0, 2 ** 80, 2 ** 70)
print(big, len(big), big[1023], big[-1], list(big)[:3], 2 ** 71 in big, 2 ** 71 + 1 in big)
huge = range(2 ** 64)
print(huge, huge[2 ** 63], bool(huge), huge[-1])
try:
    len(huge)
except OverflowError as e:
    print(e)
try:
    r[5]
except IndexError as e:
    print(e)
try:
    r.index(3)
except ValueError as e:
    print(e)
neg = range(-10 ** 20, -10 ** 20 - 6, -2)
print(list(neg), len(neg), neg[2], -10 ** 20 - 4 in neg, -10 ** 20 - 3 in neg)
print(range(True, 10 ** 20, 10 ** 19), range(-2 ** 63, 2 ** 63 - 1)[-1], range(0))
it = iter(r)
print(next(it), type(it).__name__)
print(sum(range(10 ** 18, 10 ** 18 + 5)), range(0, 10, 3) == range(0, 11, 3))
