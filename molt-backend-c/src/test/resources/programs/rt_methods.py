words = ["banana", "Apple", "cherry", "apple"]
print(list(map(str.upper, words)))
print(sorted(words, key=str.lower))
xs = [3, 1]
list.append(xs, 5)
print(xs)
f = xs.append
f(7)
print(xs)
print(list.append, str.upper, dict.get)
print(repr(f)[:30])
print(str.join(", ", words))
print(dict.get({"a": 1}, "a"), dict.get({}, "b", 9))
print(str.upper.__name__, str.upper.__qualname__)
print(list(map(str.strip, [" a ", "b  "])))
print(list(filter(str.isdigit, ["1", "a", "22"])))
try:
    list.append(1, 2)
except TypeError as e:
    print(e)
try:
    list.append()
except TypeError as e:
    print(e)
print(type(list.append).__name__, type(f).__name__)
g = "-".join
print(g(["x", "y"]))
print(dict.fromkeys("ab", 0))
print({}.fromkeys(["q"]))
print((255).bit_length(), (-1).bit_length(), (0).bit_length(), (2**100).bit_length(), (-5).bit_count(), True.bit_length())
print((1.5).is_integer(), (2.0).is_integer(), float("inf").is_integer())
print((5).real, (5).imag, (2.5).real, (2.5).imag, True.real, (3).numerator, (3).denominator, (-7).conjugate(), (2.5).conjugate())
print((0.75).as_integer_ratio(), (6).as_integer_ratio(), (0.1).as_integer_ratio(), (-0.0).as_integer_ratio(), (1e300).as_integer_ratio()[1], (-2.5).as_integer_ratio())
print(bin(5), oct(8), hex(255), hex(-255), bin(-3), bin(0), hex(2**70), oct(True))
print(format(3.5, ">8"), format(255, "x"), format("a"), format(7), ascii("é"), ascii([1, "ü"]))
r = range(0, 10, 3)
print(r.start, r.stop, r.step, r.count(3), r.count(4), r.index(6), range(5).start)
sl = slice(1, 10, 2)
print(sl.start, sl.stop, sl.step, sl.indices(5), slice(3).start)
print("abc".removeprefix("ab"), "abc".removesuffix("bc"), "abc".removeprefix("x"))
print(repr("a\tbc\td".expandtabs()), repr("a\tb".expandtabs(4)), repr("ab\n\tc".expandtabs(tabsize=2)))
t = str.maketrans("abc", "xyz", "d")
print(t, "abcd".translate(t), "hello".translate({ord("l"): None}), "ab".translate({97: "AA"}))
print("{x}-{y!r}".format_map({"x": 1, "y": "z"}))
print(str.maketrans({"a": "b"}))
print(int.bit_length(7), float.is_integer(2.0), list(map(int.bit_length, [1, 2, 3])))
try:
    r.index(4)
except ValueError as e:
    print(e)
try:
    hex(1.5)
except TypeError as e:
    print(e)
d = {}
d.update(c=7)
d.update({"a": 1}, b=2)
d.update([("z", 0)])
print(d)
s = {1, 2}
print(s.union(), s.union([3], [4]), s.intersection({1}, {1, 2}), s.difference({1}, {2}), frozenset([1]).union([2], [3]))
s.update([5], [6]); print(s)
s.intersection_update({1, 2, 5, 6}, {1, 5}); print(s)
s.difference_update({1}, [7]); print(s)
try:
    raise SystemExit(5)
except SystemExit as e:
    print(e.code, e.args)
try:
    raise SystemExit
except SystemExit as e:
    print(e.code)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print(e.code)
try:
    s.union(x=1)
except TypeError as e:
    print(e)
print(hasattr(1, "real"), hasattr(1.0, "imag"))
