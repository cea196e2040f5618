# prime sieve with statistics
N = 20000
flags = [True] * (N + 1)
flags[0] = flags[1] = False
for i in range(2, int(N ** 0.5) + 1):
    if flags[i]:
        for j in range(i * i, N + 1, i):
            flags[j] = False
primes = [i for i in range(N + 1) if flags[i]]
print(len(primes), primes[:10], primes[-5:])
last_digits = {}
for p in primes:
    last_digits[p % 10] = last_digits.get(p % 10, 0) + 1
print(sorted(last_digits.items()))
gaps = [b - a for a, b in zip(primes, primes[1:])]
print(max(gaps), gaps.count(2), sum(gaps) / len(gaps))
