# modular exponentiation and gcd with big numbers
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

m = 2 ** 127 - 1
print(pow(3, m - 1, m), pow(2, 10 ** 20, m), pow(12345678901234567890, 65537, m))
x = 3 ** 100
y = 6 ** 80
print(gcd(x, y), gcd(x * 7, 49 * 3 ** 50), gcd(-x, y))
print(pow(-7, 3, 10 ** 30 + 57), pow(10 ** 25, -1, 10 ** 9 + 7))
fibs = [0, 1]
for i in range(300):
    fibs.append(fibs[-1] + fibs[-2])
print(fibs[100], fibs[200], fibs[300], gcd(fibs[300], fibs[200]))
