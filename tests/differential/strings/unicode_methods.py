# str methods on non-ASCII text: alignment counts code points, case mapping, predicates
for w in ["café", "中文", "naïve", "Ωmega", "😀x"]:
    print(f"[{w:>8}] [{w:<8}] [{w:^8}]", w.center(9, "·"), w.ljust(6, "-"), w.upper(), w.lower(), len(w))
print("ÉCOLE".lower(), "straße".upper(), "ǅ".lower(), "ǆ".upper(), "İstanbul".lower()[:3] == "i̇s")
print("٣".isdigit(), "٣".isdecimal(), "²".isdigit(), "²".isdecimal(), "Ⅻ".isnumeric(), "é".isalpha(), "中".isalpha())
print(int("٣٤"), int("１２３"), float("١.٥"))
print("a\u00a0b".split(), "x\u2003y".split(), "\u3000".isspace(), " \t\n\r\x0b\x0c".isspace())
