class E(Exception):
    pass
e = E("a", 2)
print(e.args, str(e), repr(e))
print(repr(ValueError()), repr(ValueError("x")), str(ValueError("x", "y")))
try:
    raise KeyError("missing")
except LookupError as k:
    print("caught", k, k.args)
try:
    ValueError(x=1)
except TypeError as t:
    print(t)
class Base:
    def __init__(self, v):
        self.v = v
    @classmethod
    def make(cls):
        return cls(5)
class Derived(Base):
    def __init__(self, v):
        super().__init__(v * 2)
    @classmethod
    def make(cls):
        o = super().make()
        return o
print(Derived(3).v, Derived.make().v, type(Derived.make()).__name__)
def h():
    pass
print(h.__doc__, h.__defaults__, h.__annotations__, h.__dict__)
h.__defaults__ = (1,)
print(h.__defaults__)
try:
    h.__defaults__ = 5
except TypeError as t:
    print(t)
try:
    h.__name__ = 5
except TypeError as t:
    print(t)
h.__name__ = "renamed"
print(h.__name__)
del h.__doc__
print(h.__doc__)
print(getattr(h, "nope", "dflt"), hasattr(h, "__annotations__"))
def k(a, b=2, *, c, d=4) -> "ret":
    """multi
    line"""
    return a
print(k.__defaults__, k.__kwdefaults__, k.__annotations__, k.__doc__)
words = "the quick  brown fox".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts, "-".join(sorted(counts)), "x".upper(), " pad ".strip())
s = set()
s.add(3)
print(s, [1, 2, 3].index(2), (1, 2, 2).count(2))
d = {"a": 1}
d.setdefault("b", []).append(5)
d.update({"c": 3})
print(d, d.pop("a"), d)
raise ValueError("final", 1)
