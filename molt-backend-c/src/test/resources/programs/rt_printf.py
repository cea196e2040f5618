name = "world"
print("hello %s, %d items at %.2f each (%5.1f%%)" % (name, 3, 1.5, 12.345))
d = {"k": "v", "n": 42}
print("%(k)s=%(n)05d" % d)
print("%x %X %o %#x %e %g" % (255, 255, 8, 255, 12345.678, 0.00001234))
print("%-8s|%8s|" % ("ab", "cd"))
print("%c%c" % (72, "i"))
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d %d" % (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % (1, 2))
except TypeError as e:
    print("TypeError:", e)
x = "%s"
x %= 5
print(x)
class M:
    def __getitem__(self, k):
        return k.upper()
class O:
    def __repr__(self):
        return "O!"
print("%(abc)s-%(x)r" % M(), "%s" % O(), "%r" % (O(),), "%s" % M.__name__)
try:
    print("abc" % O())
except TypeError as e:
    print(e)
print("abc" % M(), "%s %%" % [1], "%(a)s" % {"a": [1, 2]}, "%5.1f%%" % 99.44, "%-+6d|" % 5, "%x" % 2**70)
print("%.3s|%-10.4r|%c%c" % ("abcdef", "xyz", "é", 0x1F600))
