# comprehensions with conditional expressions and nested function calls
def classify(n):
    return "fizzbuzz" if n % 15 == 0 else "fizz" if n % 3 == 0 else "buzz" if n % 5 == 0 else str(n)
print([classify(n) for n in range(1, 31)])
print(sum([n for n in range(1000) if n % 3 == 0 or n % 5 == 0]))
pyth = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(pyth)
print(sorted([w for w in "a bb ccc dd e".split() if len(w) > 1], key=len, reverse=True))
