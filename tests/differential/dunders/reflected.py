# reflected operators, NotImplemented fallback, default __eq__/__ne__
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        return self.__add__(other)
    def __mul__(self, k):
        if isinstance(k, int):
            return Money(self.cents * k)
        return NotImplemented
    __rmul__ = __mul__
    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents
    def __repr__(self):
        return f"Money({self.cents})"

a = Money(150)
print(a + Money(50), a + 5, 5 + a, 3 * a, a * 2, sum([a, a, a]), sum([a, a], Money(1)))
print(a == Money(150), a != Money(150), a == 150, a != "x", Money(1) == Money(2))
for bad in (lambda: a + "s", lambda: "s" + a, lambda: a * 1.5, lambda: a < a):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
class Plain:
    pass
p = Plain()
q = p
print(p == q, p != q, p == Plain(), p is q)
