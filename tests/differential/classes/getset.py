# getattr/setattr/hasattr/delattr and AttributeError
class Box:
    pass

b = Box()
setattr(b, "x", 1)
setattr(b, "y", [2])
print(b.x, getattr(b, "y"), hasattr(b, "x"), hasattr(b, "z"), getattr(b, "z", "default"))
delattr(b, "x")
print(hasattr(b, "x"))
try:
    b.missing
except AttributeError as e:
    print("AttributeError", e)
try:
    getattr(b, "nope")
except AttributeError as e:
    print("AttributeError", e)
for name in ["a", "b", "c"]:
    setattr(b, name, name * 2)
print([getattr(b, n) for n in ["a", "b", "c"]], b.a + b.b + b.c)
