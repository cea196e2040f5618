# int arithmetic: + - * // % ** with signs, small and near-boundary values
values = [0, 1, -1, 2, -2, 3, 7, -7, 10, -10, 13, 100, -100, 255, 1000003]
for a in values:
    row = []
    for b in values:
        row.append(a + b)
        row.append(a - b)
        row.append(a * b)
        if b != 0:
            row.append(a // b)
            row.append(a % b)
    print(a, row)
print(2 ** 10, 2 ** 62, 2 ** 63, 2 ** 64, (-2) ** 63, 3 ** 40)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7 // -2, -7 % -2)
print(10 ** 0, 0 ** 0, (-1) ** 1001, 5 ** -1, 2 ** -3)
