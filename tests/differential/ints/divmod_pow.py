# divmod, pow with a modulus, negative exponents, abs
for a in range(-9, 10, 2):
    for b in (-5, -3, -1, 1, 4, 6):
        print(a, b, divmod(a, b), a // b, a % b, abs(a * b))
print(pow(3, 200, 1000007), pow(2, 100, 97), pow(-3, 5, 7), pow(7, -1, 13), pow(5, 0, 1))
print(pow(2, 10), pow(2, -2), pow(-2, 3))
for m in (2, 3, 10, 17, 1000000007):
    print(m, [pow(b, e, m) for b in (2, 3, 12345) for e in (0, 1, 5, 64)])
