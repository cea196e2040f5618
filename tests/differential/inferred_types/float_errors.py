# Errors from unboxed float code come out as in CPython: division by a float zero, a missing attribute,
# an unbound global. The traceback's last line is compared.


class Body:
    def __init__(self, x, m):
        self.x = x
        self.m = m


def density(b, volume):
    return b.m / volume + b.x * 0.0


def energy(b, v):
    return 0.5 * b.m * v * v


def main():
    b = Body(1.5, 4.0)
    print(density(b, 2.0), energy(b, 3.0))
    try:
        print(density(b, 0.0))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    c = Body(2.0, 8.0)
    del c.m
    try:
        print(energy(c, 1.0))
    except AttributeError as e:
        print("AttributeError:", e)
    print(energy(b, 1e200))
    print(late * 2.0)


main()
late = 1.0
