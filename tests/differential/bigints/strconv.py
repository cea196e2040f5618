# str/int round trips of large values, and int(str, base) for big ones
n = 7 ** 333
s = str(n)
print(len(s), s[:30], int(s) == n)
print(int("1" * 60), int("-" + "9" * 45), int("f" * 40, 16), int("z" * 30, 36))
print(repr(-(10 ** 40)), f"{10 ** 40:#x}", f"{2 ** 80 + 1:#b}")
for k in range(0, 200, 37):
    v = 10 ** k + k
    print(k, v, int(str(v)) == v, len(str(v)))
