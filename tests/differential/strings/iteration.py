# iterating over strings, building strings, reversed, sorted, enumerate
word = "Mississippi"
counts = {}
for ch in word:
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(sorted(word), "".join(sorted(word)), "".join(reversed(word)), list(enumerate(word))[:4])
acc = ""
for i, ch in enumerate("abcdef"):
    acc += ch.upper() if i % 2 == 0 else ch
print(acc)
print([c * i for i, c in enumerate("xyz", 1)], list("héllo"), tuple("ab"))
print(min(word), max(word), sorted(set(word)))
