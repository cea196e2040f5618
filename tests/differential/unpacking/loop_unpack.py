# unpacking in for loops over dict items, zip and enumerate
scores = {"ann": [90, 85], "bob": [70, 95], "cy": [88, 88]}
for name, (s1, s2) in scores.items():
    print(f"{name}: {s1}+{s2}={s1 + s2}")
for i, (name, vals) in enumerate(sorted(scores.items())):
    print(i, name, max(vals))
for a, b, c in zip("abc", [1, 2, 3], (True, False, None)):
    print(a, b, c)
pairs = [(1, (2, 3)), (4, (5, 6))]
print([x + y + z for x, (y, z) in pairs])
