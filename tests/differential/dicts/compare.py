# dict equality ignores order; nested dicts
a = {"x": 1, "y": [1, 2]}
b = {"y": [1, 2], "x": 1}
print(a == b, a != b, a == {"x": 1}, {} == {}, {1: 1} == {1.0: 1})
nested = {"a": {"b": {"c": 1}}, "list": [{"k": 1}, {"k": 2}]}
print(nested["a"]["b"]["c"], nested["list"][1]["k"], nested)
nested["a"]["b"]["d"] = 2
print(nested)
print(len(nested), [len(v) for v in nested.values()])
