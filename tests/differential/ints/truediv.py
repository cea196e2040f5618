# true division of ints gives floats
for a in range(-6, 7):
    print(a, [a / b for b in (1, 2, 3, -4, 7)])
print(1 / 3, 2 / 3, 10 / 4, 2 ** 53 / 3, -1 / 3, 7 / 7)
print(10 ** 20 / 10 ** 10, 1 / 10 ** 5, 123456789 / 1000)
