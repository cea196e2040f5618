# center/ljust/rjust/zfill
for w in ["a", "abc", "hello", "", "toolongword"]:
    print("[" + w.ljust(7) + "]", "[" + w.rjust(7, ".") + "]", "[" + w.center(8, "*") + "]", "[" + w.center(7) + "]")
for n in ["42", "-42", "+7", "", "12345"]:
    print(n.zfill(5), n.zfill(2))
