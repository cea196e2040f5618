# numeric and string literal forms
print(0x1F, 0o17, 0b1011, 1_000_000, 0xFF_FF, 1e3, 1.5e-3, 1_0.5, .5, 5., 1E2)
print("adjacent " "strings " 'concatenate', r"raw \n stays", "tab\tand\\backslash", "\u00e9\N{BULLET}")
print("""triple
quoted""", '''single
triple''')
print("\x41\101\u0042", len("\n\t\\"), "a" "b" == "ab")
