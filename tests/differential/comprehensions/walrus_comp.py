# comprehensions building structures used afterwards
primes = [n for n in range(2, 100) if all([n % d for d in range(2, int(n ** 0.5) + 1)])]
print(primes, len(primes))
table = {p: [m for m in range(p, 50, p)] for p in primes[:4]}
for p, ms in table.items():
    print(p, ms)
pairs = [(p, q) for p in primes[:10] for q in primes[:10] if p < q and q - p == 2]
print(pairs)
