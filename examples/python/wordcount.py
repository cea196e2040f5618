"""Word count with a dict: generated text, counts sorted by descending count then word,
a length histogram and letter frequencies. Deterministic (an LCG picks the words).
"""


def make_vocabulary():
    syllables = ["ka", "lo", "mi", "ne", "ru", "ta", "shi", "po", "vel", "dra"]
    vocab = []
    for a in syllables:
        for b in syllables:
            vocab.append(a + b)
            if len(vocab) % 3 == 0:
                vocab.append(a + b + a)
    return vocab


def make_text(vocab, n, seed):
    state = seed
    out = []
    for _ in range(n):
        state = (state * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
        # skewed choice: small indices are more frequent
        r = (state >> 33) % 1000
        idx = (r * r) // (1000 * 1000 // len(vocab) + 1)
        out.append(vocab[idx % len(vocab)])
    return " ".join(out)


def count_words(text):
    counts = {}
    for word in text.split():
        if word in counts:
            counts[word] += 1
        else:
            counts[word] = 1
    return counts


def main():
    vocab = make_vocabulary()
    text = make_text(vocab, 400000, 42)
    counts = count_words(text)
    print("words:", sum(counts.values()), "distinct:", len(counts))
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    for word, n in ranked[:15]:
        print(f"{word:<10}{n:>7}")
    print("...")
    for word, n in ranked[-5:]:
        print(f"{word:<10}{n:>7}")
    by_len = {}
    for word, n in counts.items():
        by_len[len(word)] = by_len.get(len(word), 0) + n
    for length in sorted(by_len):
        print(f"length {length}: {by_len[length]}")
    letters = {}
    for word, n in counts.items():
        for ch in word:
            letters[ch] = letters.get(ch, 0) + n
    print(" ".join([f"{ch}={letters[ch]}" for ch in sorted(letters)]))
    singles = [w for w, n in counts.items() if n == 1]
    print("hapax:", len(singles), sorted(singles)[:5])
    inverse = {}
    for w, n in counts.items():
        inverse.setdefault(n, []).append(w)
    common = max(inverse, key=lambda k: len(inverse[k]))
    print("most frequent count value:", common, sorted(inverse[common]))


if __name__ == "__main__":
    main()
