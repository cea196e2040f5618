# building strings in loops and with join
parts = []
for i in range(20):
    parts.append(str(i * i))
line = ",".join(parts)
print(line, len(line))
s = ""
for i in range(50):
    s += chr(65 + i % 26)
print(s)
table = "\n".join([" ".join([str(i * j).rjust(3) for j in range(1, 10)]) for i in range(1, 10)])
print(table)
print("-" * 40)
print("".join([c for c in "a1b2c3d4" if c.isalpha()]), "+".join("abc"))
