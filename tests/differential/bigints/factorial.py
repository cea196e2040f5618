# big factorials and their digits
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

for n in (20, 21, 25, 50, 100, 170):
    f = fact(n)
    s = str(f)
    print(n, len(s), s[:20], s[-20:], f % 1000000007, len(f"{abs(f):b}"))
print(fact(300))
print(fact(100) // fact(98), fact(52) // (fact(5) * fact(47)))
