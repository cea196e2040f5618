# products large enough for the fast multiplication algorithms
a = 3 ** 2000
b = 7 ** 1500 + 1
p = a * b
print(len(str(p)), str(p)[:40], p % 1000000007)
q = p // b
print(q == a, p % b, (p + 5) % a)
sq = (2 ** 3000 - 1) ** 2
print(len(f"{abs(sq):b}"), sq % 999999937, str(sq)[-25:])
