# large printed output in many small prints
for i in range(200):
    print(i, i * i, end=" " if i % 10 != 9 else "\n")
line = "".join([chr(97 + i % 26) for i in range(500)])
print(line)
print(len(line), line.count("a"))
