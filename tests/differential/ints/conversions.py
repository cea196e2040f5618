# int() from strings in bases, with underscores and signs, and str/repr/hex/oct/bin
texts = ["0", "42", "-17", "  +8  ", "1_000_000", "007"]
for t in texts:
    print(repr(t), int(t))
for t, base in [("ff", 16), ("FF", 16), ("0x1f", 16), ("777", 8), ("0o17", 8), ("1011", 2), ("0b11", 2),
                ("z", 36), ("Zz", 36), ("10", 3), ("0x10", 0), ("0o10", 0), ("0b10", 0), ("10", 0)]:
    print(t, base, int(t, base))
for n in (0, 1, -1, 255, -255, 4096, 123456789):
    print(n, str(n), repr(n), f"{n:#x}", f"{n:#o}", f"{n:#b}")
print(int(3.99), int(-3.99), int(1e15), int(True), int("  12\n"))
print(int(), float(7), str(-0), abs(-0))
