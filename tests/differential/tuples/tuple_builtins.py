# builtins on tuples
t = (3, 1, 4, 1, 5, 9, 2, 6)
print(len(t), sum(t), min(t), max(t), sorted(t), tuple(sorted(t)), tuple(reversed(t)), any(t), all(t))
print(list(enumerate(t))[:3], list(zip(t, t[1:]))[:3], t.count(1), t.index(9))
print(tuple(map(str, t)), tuple([x * x for x in t]), hash(t) == hash(tuple(list(t))))
print(str(t), repr((1,)), repr(((),)), ((1, 2),) * 2)
