# list comprehensions with conditions, nesting and expressions
print([x * x for x in range(10)])
print([x for x in range(30) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([c.upper() if c in "aeiou" else c for c in "comprehension"])
print([[i * j for j in range(1, 5)] for i in range(1, 4)])
print([len(w) for w in "the quick brown fox".split()])
matrix = [[1, 2, 3], [4, 5, 6]]
print([v for row in matrix for v in row], [[row[i] for row in matrix] for i in range(3)])
print([i for i in range(5)][::-1], [x for x in []], [str(n) for n in (1, 2.5, None)])
