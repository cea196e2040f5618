# comparisons, chained comparisons, bool as int
xs = [-3, -1, 0, 1, 2, 2, 10]
for a in xs:
    print(a, [a < b for b in xs], [a <= b for b in xs], [a == b for b in xs], [a != b for b in xs])
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1.0, 2 != 2.0, 0 == False, 1 == True)
print(True + True, True * 10, False - 1, True // 1, -True, ~True, True << 3)
print(isinstance(True, int), type(True + 1).__name__, bool(0), bool(-5), int(True))
print(max(xs), min(xs), sorted(xs, reverse=True))
