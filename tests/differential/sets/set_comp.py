# set comprehensions and deduplication
nums = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print({n for n in nums}, {n % 3 for n in nums}, {n * n for n in nums if n > 2})
seen = set()
dedup = []
for n in nums:
    if n not in seen:
        dedup.append(n)
        seen.add(n)
print(dedup)
print(sorted({c.lower() for c in "Hello World" if c.isalpha()}))
print(len({(i, j) for i in range(5) for j in range(5) if i < j}))
