# Attributes only ever stored floats, and functions only ever called with floats: type inference unboxes their
# arithmetic. Covers -0.0, inf, nan, mixed int constants (exact up to 2**53, and one beyond), comparisons.


class Particle:
    def __init__(self, x, v, m):
        self.x = x
        self.v = v
        self.m = m

    def __repr__(self):
        return f"Particle({self.x!r}, {self.v!r}, {self.m!r})"


def kick(p, dt):
    p.v = p.v - 9.81 * dt
    p.x = p.x + p.v * dt
    if p.x < 0.0:
        p.x = -p.x
        p.v = -p.v * 0.5
    return p.x * p.m


def mix(a, b):
    big = 2 ** 60 + 1
    return (a * 3 - 1 + b / 2, a + big, -a, a * -0.0, a - 9007199254740993, 4 - a)


def ordering(a, b):
    return (a < b, a <= b, a > b, a >= b, a == b, a != b, a < 1, 2 <= b)


def run():
    ps = [Particle(10.0, 0.0, 1.5), Particle(0.25, 3.5, 2.0), Particle(-1.0, -2.0, 0.125)]
    total = 0.0
    for step in range(200):
        for p in ps:
            total = total + kick(p, 0.01)
    print(repr(total))
    for p in ps:
        print(p)
    print(mix(1.5, -2.25))
    print(mix(float("inf"), 0.5))
    print(mix(float("nan"), -0.0))
    print(ordering(1.0, 2.0), ordering(2.0, 2.0), ordering(float("nan"), 1.0))
    print(ordering(-0.0, 0.0))
    x = 1e308
    print(x * 10.0, -x * 10.0, (x * 10.0) - (x * 10.0))


run()
