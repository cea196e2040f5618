# comparisons between big ints, small ints and floats
vals = [2 ** 64, -(2 ** 64), 2 ** 64 + 1, 10 ** 30, 1.5e30, 1e300, -1e300, 5, 0.5]
for a in vals:
    print([a < b for b in vals], [a == b for b in vals])
print(2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53), float(2 ** 100) == 2 ** 100)
print(sorted(vals), max(vals), min(vals))
