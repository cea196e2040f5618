# float() from strings and ints, int() from floats, round
for t in ["1", "1.5", "  -2.25 ", "1e3", "1E-3", ".5", "5.", "1_000.5", "+0.0", "-0.0", "3.14159"]:
    print(repr(t), float(t))
for n in (0, 1, -1, 2 ** 53, 2 ** 53 + 1, 10 ** 20, -(10 ** 25)):
    print(n, float(n))
for f in (0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 3.14159, -2.71828, 1e20):
    print(f, round(f), round(f, 1), round(f, 2), int(f))
print(round(1234.5678, -2), round(-1234.5678, -1), round(5), round(5, -1), round(15, -1), round(25, -1))
