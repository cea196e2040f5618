# int, float, str, bool, list, tuple, dict, set constructors
print(int("42"), int(3.9), int(-3.9), int("101", 2), float("2.5"), float(3), str(3.0), str([1, "a"]))
print(bool(0), bool(""), bool([0]), bool(None), bool(0.0), bool("False"))
print(list("abc"), list((1, 2)), list(range(3)), list({"a": 1, "b": 2}), list({3, 1, 2}))
print(tuple([1, 2]), tuple("xy"), dict([("a", 1)]), dict(x=1), set([1, 1, 2]), frozenset("aa"))
print(list(), tuple(), dict(), set(), str(), int(), float(), bool())
print(type(int("5")).__name__, type(float("5")).__name__, type(str(5)).__name__)
