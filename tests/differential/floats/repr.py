# repr/str of floats by the shortest round-trip rule
vals = [0.0, -0.0, 1.0, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-5, 1e-4,
        0.0001234, 1.5e300, 5e-324, 1.7976931348623157e308, 100.0, 1e22, 1e23, 3.141592653589793, 2.5, -7.25]
for v in vals:
    print(repr(v), str(v), v)
print([x / 10 for x in range(11)])
print(float("inf"), float("-inf"), float("nan"), -float("inf"))
