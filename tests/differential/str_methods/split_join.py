# split/rsplit with and without separators and maxsplit; join
texts = ["a b  c", "  leading and trailing  ", "a,b,,c,", "", "one", "x\ty\nz  w", ",,"]
for t in texts:
    print(repr(t), t.split(), t.split(","), t.split(" "), t.split(None, 1), t.rsplit(None, 1), t.rsplit(",", 1))
print("a-b-c-d".split("-", 2), "a-b-c-d".rsplit("-", 2), "a--b".split("--"), "abcabc".split("bc"))
print("|".join(["x", "y", "z"]), "".join([]), ", ".join(["only"]), "\n".join(["1", "2"]).split("\n"))
try:
    "a b".split("")
except ValueError as e:
    print("ValueError", e)
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError", e)
