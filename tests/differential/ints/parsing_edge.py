# int() and float() parsing edge cases and their error messages
good = ["0", "-0", "+0", "00", "1_2_3", " 42 ", "\t-7\n", "0x_ff", "0b_1", "1" * 30]
for t in good:
    print(repr(t), int(t, 0) if t.strip().lower().startswith(("0x", "0b", "0o")) else int(t))
bad = ["", " ", "1__2", "_1", "1_", "12a", "1.0", "--1", "0x", "١٢x"]
for t in bad:
    try:
        int(t)
    except ValueError as e:
        print("ValueError", e)
for t in ["1e5", "-.5e-3", "inf", "-Infinity", "nan", "1_000.000_1", " 3.25 "]:
    print(repr(t), float(t))
for t in ["", "1e", "e5", "1..2", "inf inf", "0x10"]:
    try:
        float(t)
    except ValueError as e:
        print("ValueError", e)
for t, b in [("10", 1), ("10", 37), ("z", 35)]:
    try:
        print(int(t, b))
    except ValueError as e:
        print("ValueError", e)
