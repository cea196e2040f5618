# enumerate, zip, map, filter, reversed, sorted, iter, next
names = ["ann", "bob", "cy"]
ages = [31, 25, 40, 99]
print(list(enumerate(names)), list(enumerate(names, start=1)))
print(list(zip(names, ages)), list(zip(names, ages, "xyz")), list(zip()))
print(list(map(len, names)), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])), list(map(str.upper, names)))
print(list(filter(lambda a: a > 30, ages)), list(filter(None, [0, 1, "", "a", None])))
print(list(reversed(names)), list(reversed(range(4))), list(reversed("abc")), sorted(ages, reverse=True))
it = iter(names)
print(next(it), next(it), next(it), next(it, "done"), next(iter(()), None))
try:
    next(it)
except StopIteration:
    print("StopIteration")
d = dict(zip(names, ages))
print(d, sorted(d, key=d.get), [n for n, a in sorted(d.items(), key=lambda kv: kv[1])])
