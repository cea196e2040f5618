# split/rsplit/splitlines edge cases: maxsplit 0 and negative, separators at the ends, whitespace kinds
s = "  a  b  c  "
print(s.split(None, 0), s.split(None, -1), s.rsplit(None, 0), s.split(" ", 2), s.rsplit(" ", 2))
print("a,b,c".split(",", 0), "a,b,c".split(",", -5), ",a,".split(","), "".split(","), "".split())
print("x\x1cy\x1dz\x1e\x85w".split(), "a\u2028b\u2029c\x0bd\x0ce".splitlines())
print("one\r\ntwo\rthree\n".splitlines(), "one\r\ntwo\rthree\n".split("\n"))
print("abcabc".rsplit("b", 1), "aaa".split("a"), "aaa".split("aa"), "a b".split(" ", 1))
