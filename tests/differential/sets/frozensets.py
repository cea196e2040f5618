# frozenset: hashable, usable as dict key and set element
f = frozenset([3, 1, 2])
g = frozenset({1, 2, 3})
print(f, f == g, hash(f) == hash(g), len(f), 2 in f)
d = {f: "abc"}
print(d[g], {f, g}, frozenset(), frozenset("aab"))
print(f | {4}, f & {1, 9}, type(f | {4}).__name__, {1, 2} == frozenset({1, 2}))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError", e)
