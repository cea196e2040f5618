"""A showcase of the subset Molt compiles.

Counts words, finds primes and formats a table: classes, functions with defaults, loops,
comprehensions, dicts, f-strings and exceptions. `./molt run examples/python/showcase.py` compiles
and runs it. (No annotations yet: the runtime has no function `__annotations__`.)
"""


class Counter:
    def __init__(self):
        self.counts = {}

    def add(self, word, times=1):
        self.counts[word] = self.counts.get(word, 0) + times

    def most_common(self, n):
        return sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def primes_below(limit):
    sieve = [True] * limit
    found = []
    for i in range(2, limit):
        if sieve[i]:
            found.append(i)
            for j in range(i * i, limit, i):
                sieve[j] = False
    return found


def parse_int(text):
    try:
        return int(text)
    except ValueError:
        return None


def main():
    text = "the quick brown fox jumps over the lazy dog the end"
    counter = Counter()
    for word in text.split():
        counter.add(word)
    for word, n in counter.most_common(3):
        print(f"{word:>6} {n:2d}")
    ps = primes_below(50)
    print("primes:", ps, "sum", sum(ps))
    squares = {p: p * p for p in ps if p % 10 == 3}
    print(squares)
    print([parse_int(s) for s in ("12", "x", "-7")])


if __name__ == "__main__":
    main()
