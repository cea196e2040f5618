# Interprocedural facts only where every call site is known: keyword calls, defaults, a bool argument,
# recursion, closures, lambdas, list comprehensions and a constructor called with an int once.


def f(x, y=2.0):
    return x * y


def g(x):
    return x + 0.5


def rec(n, acc):
    if n == 0:
        return acc
    return rec(n - 1, acc * 1.5)


def outer():
    k = 2.0

    def inner(z):
        return z * k

    return inner(1.5) + inner(3)


class V:
    def __init__(self, a):
        self.a = a


h = lambda t: t * 2.0
print(f(1.5), f(1.5, y=3), f(2.5, 4.0), f(2, 3))
print(g(1.5), g(True), g(-0.0))
print(rec(10, 1.0), rec(3, 2))
print(outer())
print(h(1.25), h(-0.0))
vs = [V(1.5), V(2.5), V(7)]
print(sum([v.a * 2.0 for v in vs]))
print([v.a + 1 for v in vs], [v.a / 2 for v in vs])
try:
    print(V(1.0).a / 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
total = 0.0
for i in range(10):
    total += i * 0.1
print(total, total > 4.5, total == 4.5)
