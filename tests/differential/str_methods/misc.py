# more str methods: expandtabs-free, casefold-free; encode-free checks of the common ones
s = "  Molt: Python to native  "
words = s.split()
print(words, len(words), " ".join(reversed(words)), s.strip().lower().split(":"))
print(s.count(" "), s.strip().replace(" ", "_"), s.find("Python"), s[s.find("Python"):].strip())
print("abc" * 3 == "abcabcabc", "-".join("abc" * 2), "a" in "abc", "".join(["x"] * 5))
print(str.upper("lower"), str.lower("UPPER"), "x".join([str(i) for i in range(4)]))
