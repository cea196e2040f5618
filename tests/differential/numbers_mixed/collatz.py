# Collatz sequence lengths and the longest under a bound
def length(n, cache={1: 1}):
    path = []
    while n not in cache:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    l = cache[n]
    for m in reversed(path):
        l += 1
        cache[m] = l
    return l
best = max(range(1, 30000), key=length)
print(best, length(best), [length(n) for n in range(1, 20)])
