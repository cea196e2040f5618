# merging dicts: update, |, |=, ** unpacking
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, {**a, **b}, {**b, "w": 0, **a})
c = dict(a)
c |= b
print(c, a)
print(dict(a, y=5, q=6))
