# keys of different types: ints, floats, bools, tuples, None, strings
d = {}
d[1] = "int one"
d[1.0] = "float one"
d[True] = "true"
d[2.5] = "float"
d[(1, 2)] = "tuple"
d[None] = "none"
d["1"] = "string"
d[-1] = "minus"
print(d, len(d))
print(d[1], d[(1, 2)], d[None], d["1"], d[-1])
try:
    d[[1]] = 0
except TypeError as e:
    print("TypeError", e)
