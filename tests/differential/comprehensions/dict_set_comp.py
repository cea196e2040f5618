# dict and set comprehensions
words = ["apple", "banana", "cherry", "avocado", "blueberry"]
print({w: len(w) for w in words})
print({w[0]: w for w in words})
print({len(w) for w in words})
print({k: v for k, v in zip("abc", range(3)) if v != 1})
print({i: [j for j in range(i)] for i in range(4)})
inverse = {v: k for k, v in {"x": 1, "y": 2}.items()}
print(inverse, {(a, b) for a in range(2) for b in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
