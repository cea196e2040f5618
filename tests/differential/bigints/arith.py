# big int arithmetic with mixed signs
a = 2 ** 200 + 12345678901234567890
b = -(3 ** 120) + 7
c = 10 ** 50 - 1
for x in (a, b, c):
    for y in (a, b, c, 97, -3):
        print(x + y, x - y, x * y)
        print(x // y, x % y, divmod(x, y))
print(a ** 3)
print(-a // 7, -a % 7, a // -7, a % -7)
print(a == a + 0, a < b, b < c, abs(b), -c)
