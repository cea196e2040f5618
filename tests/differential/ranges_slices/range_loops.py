# loops over ranges with large and negative steps
total = 0
for i in range(1000, -1000, -7):
    total += i
print(total)
print([i for i in range(0, 50, 9)], [i for i in range(50, 0, -9)], list(range(-3, 3)), list(range(3, -3, -1)))
acc = []
for i in range(3):
    for j in range(i, 3):
        acc.append((i, j))
print(acc)
print(len(range(0, 10 ** 12, 3)), range(0, 10 ** 12, 3)[-1], 999999999999 in range(0, 10 ** 12, 3))
