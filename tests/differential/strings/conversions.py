# str() and repr() of many objects
class P:
    pass

for v in [1, -2, 3.5, 1e100, True, None, [1, "a"], (1,), (), {"a": 1}, {1, 2}, "s", [[]], range(3), slice(1, 2)]:
    print(str(v), repr(v))
print(str(), str(""), repr(""), str(P)[:8], type("").__name__)
print(str(12345678901234567890), str(-0.5), str([1.0, 2.25]), repr({"x": [1, (2, 3)]}))
