# concatenation, repetition, len, indexing, comparisons, in
s = "hello"
t = "world"
print(s + " " + t, s * 3, 3 * "ab", "" * 5, s * 0, s * -1)
print(len(s), len(""), len(s + t), s[0], s[-1], s[1], t[-2])
print(s < t, s > t, s == "hello", s != t, "a" < "b" < "c", "Z" < "a", "abc" < "abd", "ab" < "abc")
print("ell" in s, "xyz" in s, "" in s, "h" not in t)
print(ord("a"), chr(97), ord("€"), chr(8364), [ord(c) for c in "AZaz09"])
for i in range(-len(s), len(s)):
    print(i, s[i], end="; ")
print()
