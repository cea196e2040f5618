# dict comprehensions and conversions
squares = {i: i * i for i in range(10)}
print(squares)
odd = {k: v for k, v in squares.items() if k % 2}
print(odd, sum(odd.values()))
swapped = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(swapped)
print({c: ord(c) for c in "hello"}, dict(enumerate("xyz")), list({1: 2}.items()))
