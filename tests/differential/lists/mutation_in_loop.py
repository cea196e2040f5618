# modifying lists while iterating over them (well defined in CPython: index-based iteration)
xs = [1, 2, 3, 4, 5, 6]
for x in xs:
    if x % 2 == 0:
        xs.remove(x)
print(xs)
ys = [1, 2, 3]
seen = []
for y in ys:
    seen.append(y)
    if y < 3 and len(ys) < 6:
        ys.append(y * 10)
print(ys, seen)
zs = list(range(10))
for i in range(len(zs) - 1, -1, -1):
    if zs[i] % 3 == 0:
        del zs[i]
print(zs)
