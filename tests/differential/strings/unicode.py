# code-point indexing of non-ASCII text
s = "naïve café — déjà vu 😀 ok"
print(len(s), s[2], s[6:10], s[-4], s[-2:], s[::-1])
print([c for c in s if ord(c) > 127])
print(s.upper(), s.lower(), s.upper().lower() == s.lower())
print(s.find("é"), s.rfind("é"), s.count("é"), s.index("😀"), s.replace("é", "E"))
for c in "aé€😀":
    print(c, ord(c), len(c), repr(c))
print("ß".upper(), "İ".lower() == "i̇", "Σ".lower())
print(s.split(" "), "—".join(["a", "b", "c"]))
