# upper/lower/casefold/swapcase on ASCII-only and mixed text; split() on every kind of whitespace
samples = ["hello World", "ALL CAPS 123", "", "@[`{ az AZ", "mixed ß straße", "ǅemo", "ΣΑΣ ΟΔΟΣ", "İstanbul",
           "tab\tsep\nnew\x0bvt\x0cff\rcr\x1cfs\x1dgs\x1ers\x1fus end", "ﬁne ﬂow", "abc\x7f\x00nul"]
for s in samples:
    print(repr(s.upper()), repr(s.lower()), repr(s.casefold()), repr(s.swapcase()))
    print(repr(s.title()), repr(s.capitalize()), len(s.upper()), s.upper() == s.lower().upper())
    print(s.split(), s.rsplit(None, 1), s.split(maxsplit=1))
ws = "".join([chr(c) for c in range(0, 0x2100) if chr(c).isspace()])
print(len(ws), ("a" + ws + "b").split(), ("a" + ws + "b" + ws).rsplit(None, 1))
for c in range(0, 128):
    ch = chr(c)
    if ch.upper() != ch or ch.lower() != ch or ch.isspace():
        print(c, ch.upper() == ch, ch.lower() == ch, ch.isspace(), len(("x" + ch + "y").split()))
