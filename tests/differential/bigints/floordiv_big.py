# floor division and modulo of big ints with every sign combination
xs = [10 ** 40 + 3, -(10 ** 40 + 3), 2 ** 70, -(2 ** 70) + 1]
ys = [7, -7, 10 ** 20 + 1, -(10 ** 20 + 1), 2 ** 65]
for x in xs:
    for y in ys:
        q, r = divmod(x, y)
        print(q, r, q * y + r == x)
print(10 ** 40 / 10 ** 20, 2 ** 70 / 3, -(10 ** 30) / 7)
