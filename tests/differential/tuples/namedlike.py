# tuples as lightweight records in dicts and sets
points = [(0, 0), (1, 2), (2, 4), (1, 2), (3, 6), (0, 0)]
seen = set()
unique = []
for p in points:
    if p not in seen:
        seen.add(p)
        unique.append(p)
print(unique, len(seen))
by_x = {}
for x, y in points:
    by_x.setdefault(x, []).append(y)
print(by_x)
dist = {p: p[0] * p[0] + p[1] * p[1] for p in unique}
print(dist, sorted(dist, key=dist.get))
