# Values that are floats at most sites but not at all of them must keep Python's generic semantics: an attribute
# stored an int somewhere, a function called once with ints or strings, a function object that escapes, a
# global rebound, a class attribute or method sharing a name with an instance attribute.


class Acc:
    scale = 2

    def __init__(self, v):
        self.v = v
        self.n = 0.5

    def bump(self):
        self.n = self.n + 1.0
        return self.v * 2.0


def twice(x):
    return x * 2


def halve(x):
    return x / 2.0


def combine(a, b):
    return a + b


apply = halve
rate = 0.5


def use_rate(x):
    return x * rate


class Shadow:
    def __init__(self, w):
        self.w = w

    def scale(self):
        return 3.0


a = Acc(1.5)
b = Acc(7)
print(a.bump(), b.bump(), a.n, b.n)
print(twice(1.25), twice(3), twice("ab"))
print(apply(3.0), apply(7), halve(1.0))
print(combine(1.5, 2.25), combine("x", "y"), combine([1], [2.5]))
print(use_rate(4.0))
rate = 3
print(use_rate(4.0))
s = Shadow(2.5)
print(s.w * 2.0, s.scale(), Acc.scale * 1.5)
n = Acc(0.0)
n.n = True
print(n.bump(), n.n)
