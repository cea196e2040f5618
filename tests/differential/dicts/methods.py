# get, setdefault, pop, popitem, update, copy, clear, fromkeys
d = {"x": 1, "y": 2}
print(d.get("x"), d.get("z"), d.get("z", 0), d.setdefault("z", 3), d.setdefault("x", 99), d)
print(d.pop("y"), d.pop("nope", "default"), d)
d.update({"a": 5, "x": 11})
d.update([("b", 6)])
d.update(c=7)
print(d)
print(d.popitem(), d)
e = d.copy()
e["new"] = 1
print(d, e)
e.clear()
print(e, len(e))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
try:
    {}.popitem()
except KeyError as ex:
    print("KeyError", ex)
try:
    d.pop("gone")
except KeyError as ex:
    print("KeyError", ex)
