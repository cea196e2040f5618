# larger comprehensions, sums and filters
n = 50000
evens = [i for i in range(n) if i % 2 == 0]
print(len(evens), sum(evens), evens[-1])
sq = {i: i * i for i in range(1000)}
print(sum(sq.values()), sq[999])
mods = {i % 97 for i in range(n)}
print(len(mods), min(mods), max(mods))
words = [f"w{i % 37}" for i in range(10000)]
print(len(set(words)), words[:3])
