class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return "P(%d)" % self.x
    def __format__(self, spec):
        return "P<" + spec + ">" + format(self.x, spec or "d")
p = P(42)
print(f"{p}", f"{p:>6}", f"{p!r:>8}|", format(p, "x"), "{0:05}".format(p), "%s" % p)
class Bad:
    def __format__(self, spec):
        return 5
try:
    format(Bad(), "")
except TypeError as e:
    print(e)
class Plain:
    def __str__(self):
        return "plain"
print(f"{Plain()}", format(Plain()), "{}".format(Plain()))
try:
    f"{Plain():>5}"
except TypeError as e:
    print(e)
class Child(P):
    pass
print(f"{Child(7):03}")
