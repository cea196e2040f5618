# extreme floats: subnormals, overflow to inf in arithmetic, precise repr, comparisons with ints
tiny = 5e-324
print(tiny, tiny / 2, tiny * 2, -tiny, 2.2250738585072014e-308, 1.7976931348623157e308 * 1.0000001)
print(1e308 + 1e308, -1e308 - 1e308, 1e-308 / 1e10, 0.1 + 0.7, 1.1 * 3, 4.35 * 100, 1 - 0.9)
print(9007199254740993, float(9007199254740993), 9007199254740993 == float(9007199254740993))
print(2 ** 1023 * 1.0, 1e16 + 1, 1e16 + 2, 123456789012345.6789, -1.0e-7)
print(divmod(-0.0, 1), divmod(5.5, -2), -5.5 // 2, 5.5 % -2, (-0.0) % 5, 7.0 % float("inf"))
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError", e)
