# float methods and attributes
for v in (0.5, 2.0, -3.75, 1e20, 7.0):
    print(v, v == int(v), abs(v), -v, +v, v.real)
print((2.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-0.75).as_integer_ratio())
print(max(1.5, 2), min(-1, -1.5), abs(-2.5), pow(2.0, 3), pow(4.0, 0.5))
print(float(), float(True), type(1.0).__name__, isinstance(1.0, float), isinstance(1, float))
