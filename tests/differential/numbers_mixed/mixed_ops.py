# int/float/bool mixing in arithmetic and comparisons
vals = [True, 2, 2.5, -3, 0.0, 10 ** 18]
for a in vals:
    print([a + b for b in vals])
    print([a * b for b in vals])
    print([a == b for b in vals], [a < b for b in vals])
print(1 + True, 1.0 + False, True / 2, 7 // 2.0, 7 % 2.5, 2 ** 0.5 * 2 ** 0.5, 10 ** 18 + 0.5)
