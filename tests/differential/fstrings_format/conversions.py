# f-string conversions !r, !s, !a with and without format specs
names = ["plain", "café", "naïve résumé", "日本語", "emoji 🐍", "tab\there", "quote'\"both"]
for n in names:
    print(f"{n!r}|{n!s}|{n!a}")
    print(f"[{n!a:>30}] [{n!r:<25}] [{n!s:^20}]")

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"({self.x}, {self.y})"

p = Point("é", 2.5)
print(f"{p}|{p!r}|{p!a}|{p!s:>12}")
values = [1, -2.5, None, True, (1, "ü"), {"k": "ß"}, [3, "ø"]]
for v in values:
    print(f"{v!a} {v!r} {v!s}")
print(ascii("ÿ\u0100\U0001F600"), ascii(["é", 1]), repr("é"))
