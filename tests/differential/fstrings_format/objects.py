# formatting user objects with __format__-free __str__/__repr__
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"({self.x}, {self.y})"

p = Point(1, 2.5)
q = Point("a", [1])
print(f"{p} {p!r} {q} {q!r}", str(p), repr(q), [p, q], (p,), {"p": p})
print("{} {!r}".format(p, p), f"{str(p):>12}|", f"{repr(p):<16}|")
