"""Sieve of Eratosthenes: list indexing, slicing assignment-free loops, int arithmetic.

Counts primes below several limits, prints the last few of each and some sums; deterministic.
"""


def sieve(limit):
    flags = [True] * limit
    flags[0] = False
    if limit > 1:
        flags[1] = False
    i = 2
    while i * i < limit:
        if flags[i]:
            for j in range(i * i, limit, i):
                flags[j] = False
        i += 1
    return [k for k in range(limit) if flags[k]]


def twin_count(primes):
    count = 0
    for a, b in zip(primes, primes[1:]):
        if b - a == 2:
            count += 1
    return count


def main():
    for limit in (10, 100, 1000, 10000, 100000, 1000000):
        ps = sieve(limit)
        print(f"below {limit:>7}: {len(ps):6d} primes, last {ps[-3:]}, sum {sum(ps)}, twins {twin_count(ps)}")
    ps = sieve(200000)
    gaps = {}
    for a, b in zip(ps, ps[1:]):
        gaps[b - a] = gaps.get(b - a, 0) + 1
    for gap in sorted(gaps)[:12]:
        print(f"gap {gap:3d}: {gaps[gap]}")
    print("largest gap", max(gaps))


if __name__ == "__main__":
    main()
