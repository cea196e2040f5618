# Newton's method square roots and a numeric integral
def sqrt(x):
    g = x / 2 if x > 1 else 1.0
    for _ in range(30):
        g = (g + x / g) / 2
    return g

for x in (2, 3, 10, 144, 1e6, 0.25):
    print(x, sqrt(x), x ** 0.5, abs(sqrt(x) - x ** 0.5) < 1e-9)

def integrate(f, a, b, n):
    h = (b - a) / n
    s = 0.5 * (f(a) + f(b))
    for i in range(1, n):
        s += f(a + i * h)
    return s * h

print(integrate(lambda t: t * t, 0.0, 1.0, 1000))
print(integrate(lambda t: 1 / (1 + t * t), 0.0, 1.0, 5000) * 4)
