# __str__ vs __repr__ in print, str(), repr(), containers and f-strings
class Both:
    def __str__(self):
        return "str-form"
    def __repr__(self):
        return "repr-form"

class ReprOnly:
    def __repr__(self):
        return "<ReprOnly>"

class Neither:
    pass

b = Both()
r = ReprOnly()
print(b, r, str(b), repr(b), str(r), [b, r], (b,), {"k": b}, f"{b} {b!r} {r}")
n = repr(Neither())
print(n.startswith("<__main__.Neither object at 0x"), n.endswith(">"))
