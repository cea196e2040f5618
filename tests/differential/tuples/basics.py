# tuple creation, indexing, slicing, len, concatenation, repetition
t = (1, "two", 3.0, None, [5])
print(t, len(t), t[1], t[-1], t[1:3], t[::-1], t[::2], () , (1,), tuple(), tuple([1, 2]), tuple("ab"))
print(t + (6,), (0,) * 3, 2 * (1, 2), t.count(1), t.index("two"), 3.0 in t, "x" in t)
t[4].append(6)
print(t)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError", e)
try:
    t.index("missing")
except ValueError as e:
    print("ValueError", e)
