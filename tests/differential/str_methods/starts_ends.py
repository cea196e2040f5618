# startswith/endswith with strings, tuples and ranges
s = "molt compiler"
for p in ["molt", "m", "", "compiler", "piler", "x", ("a", "mo"), ("x", "y")]:
    print(repr(p), s.startswith(p), s.endswith(p), s.startswith(p, 5), s.endswith(p, 0, 4))
files = ["a.py", "b.txt", "c.PY", "d.pyc", "e.py"]
print([f for f in files if f.endswith(".py")], [f for f in files if f.lower().endswith((".py", ".txt"))])
