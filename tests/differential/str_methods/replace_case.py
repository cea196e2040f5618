# replace with counts; upper/lower/swapcase-free case functions
s = "Hello World, hello Molt! HELLO?"
print(s.replace("hello", "bye"), s.replace("l", "L", 2), s.replace("o", ""), "ab".replace("", "-", 2))
print(s.upper(), s.lower(), s.lower().count("hello"))
print("abc".replace("", "."), "aaa".replace("a", "aa"), "x".replace("x", ""), "abab".replace("ab", "ba", 1))
for w in ["mixedCase", "ALL", "none", "123abc", "Straße"]:
    print(w, w.upper(), w.lower(), w.isupper(), w.islower())
