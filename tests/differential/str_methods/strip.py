# strip/lstrip/rstrip with and without characters
for t in ["  hi  ", "\t\n x \r\n", "xxhixx", "", "   ", "abcba"]:
    print(repr(t.strip()), repr(t.lstrip()), repr(t.rstrip()), repr(t.strip("x")), repr(t.strip("ab")),
          repr(t.lstrip("a")), repr(t.rstrip("ab")))
print("www.example.com".strip("cmowz."), "  é  ".strip(), "--==x==--".strip("-="))
