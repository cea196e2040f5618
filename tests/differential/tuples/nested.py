# tuples of tuples as records
records = (("ann", 31, ("paris", "fr")), ("bob", 25, ("rome", "it")), ("cy", 40, ("oslo", "no")))
for name, age, (city, cc) in records:
    print(f"{name:<4}{age:>3} {city}/{cc}")
print(sorted(records, key=lambda r: r[2][1]))
print(max(records, key=lambda r: r[1])[0], sum([r[1] for r in records]))
print(records[1][2][0][1:], len(records[0]), records[-1][2])
