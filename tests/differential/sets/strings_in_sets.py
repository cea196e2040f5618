# sets of strings (order depends on string hashes with PYTHONHASHSEED=0)
words = "the quick brown fox jumps over the lazy dog the end".split()
s = set(words)
print(len(s), sorted(s))
print(s)
vowels = set("aeiou")
for w in sorted(s):
    print(w, sorted(set(w) & vowels), len(set(w) - vowels))
print({"a", "b"} | {"c"} == {"a", "b", "c"})
