# dict creation, lookup, assignment, deletion, len, in, insertion order
d = {"b": 2, "a": 1}
d["c"] = 3
d["a"] = 10
print(d, len(d), d["b"], "a" in d, "z" in d, list(d))
del d["b"]
print(d)
d["b"] = 20
print(d, list(d.keys()), list(d.values()), list(d.items()))
print(dict(), dict([("x", 1), ("y", 2)]), dict(a=1, b=2), dict({"k": "v"}), dict(zip("abc", range(3))))
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    del d["nope"]
except KeyError as e:
    print("KeyError", e)
