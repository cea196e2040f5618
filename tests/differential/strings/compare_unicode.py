# comparison and sorting by code point, including astral characters and case
chars = ["a", "B", "é", "É", "z", "Z", "0", " ", "~", "ß", "😀", "中", "\u00ff", "\uffff", "\U00010000"]
print(sorted(chars))
print([ord(c) for c in sorted(chars)])
print("é" > "z", "\uffff" < "\U00010000", "abc" < "abd", "ab" < "abc", "" < "a", "Z" < "a")
words = ["éclair", "eclair", "Eclair", "zèbre", "zebra", "Zebra", "äpfel", "apfel"]
print(sorted(words), sorted(words, key=lambda w: w.lower()), max(words), min(words))
