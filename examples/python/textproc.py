"""Text processing over generated text: split/join, count, replace, upper/lower, find, strip,
startswith/endswith, slicing and f-string formatting. Deterministic (an LCG picks the words).
"""

WORDS = ["lorem", "ipsum", "dolor", "sit", "amet", "consectetur", "adipiscing", "elit", "sed", "do",
         "eiusmod", "tempor", "incididunt", "ut", "labore", "et", "dolore", "magna", "aliqua", "molt",
         "python", "native", "déjà", "vu", "naïve", "café"]


def generate(n_lines, words_per_line, seed):
    state = seed
    lines = []
    for _ in range(n_lines):
        words = []
        for _ in range(words_per_line):
            state = (state * 1664525 + 1013904223) % 4294967296
            words.append(WORDS[(state >> 16) % len(WORDS)])
        lines.append("  " + " ".join(words) + ".  ")
    return lines


def title_case(line):
    return " ".join([w[:1].upper() + w[1:] for w in line.split(" ")])


def caesar(text, shift):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        else:
            out.append(ch)
    return "".join(out)


def main():
    lines = generate(16000, 12, 7)
    text = "\n".join(lines)
    print("chars", len(text), "lines", len(text.split("\n")), "words", len(text.split()))
    for w in ("lorem", "molt", "café", "et", "do"):
        print(f"{w!r:>8}: {text.count(w):6d} occurrences, first at {text.find(w)}, last at {text.rfind(w)}")
    stripped = [ln.strip() for ln in lines]
    print("ends with dot:", len([s for s in stripped if s.endswith(".")]))
    print("starts with 'sed':", len([s for s in stripped if s.startswith("sed")]))
    upper = text.upper()
    print("upper E count:", upper.count("E"), "lower e count:", text.lower().count("e"))
    replaced = text.replace("lorem", "LOREM").replace("ipsum", "")
    print("after replace:", len(replaced), replaced.count("LOREM"), replaced.count("  "))
    total = 0
    longest = ""
    for s in stripped:
        t = title_case(s)
        total += len(t)
        if len(t) > len(longest):
            longest = t
    print("title-cased total:", total)
    print("longest line:", longest[:60], "...")
    secret = caesar(stripped[0], 13)
    print("rot13:", secret)
    print("back: ", caesar(secret, 13))
    pieces = text.split("e")
    print("pieces on 'e':", len(pieces), "rejoined equal:", "e".join(pieces) == text)
    counts = {}
    for s in stripped[:2000]:
        for w in s.rstrip(".").split():
            first = w[0]
            counts[first] = counts.get(first, 0) + 1
    print(sorted(counts.items()))
    digits = "".join([str(i % 10) for i in range(1000)])
    print(digits.isdigit(), digits[100:130], digits.count("7"), digits[::-97])


if __name__ == "__main__":
    main()
