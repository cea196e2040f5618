# float arithmetic and mixed int/float
xs = [0.5, -1.25, 3.0, 1e10, -2.5e-3, 7]
for a in xs:
    for b in xs:
        print(a + b, a - b, a * b, a / b, a // b, a % b)
print(2.0 ** 0.5, 2 ** 0.5, 10 ** -2, (-8.0) ** 2, 0.1 * 3, 1.1 + 2.2)
print(-7.5 // 2, -7.5 % 2, 7.5 // -2, 7.5 % -2, divmod(7.5, 2), divmod(-7.5, 2))
