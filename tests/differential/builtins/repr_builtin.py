# repr of builtin values and nested containers
vals = [1, -1.5, "q'uote", "d\"q", None, True, [1, [2, [3]]], (1, (2,)), {"k": {"n": [1, 2]}}, set(), {1}, (), [()],
        frozenset(), range(2, 5), range(0, 10, 3), [1.0, 1e100, -0.0], {"a": None}]
for v in vals:
    print(repr(v), str(v))
rec = [1]
rec.append(rec)
print(rec)
d = {}
d["self"] = d
print(d)
