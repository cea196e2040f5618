# callable objects with __call__
class Multiplier:
    def __init__(self, k):
        self.k = k
        self.calls = 0
    def __call__(self, x):
        self.calls += 1
        return x * self.k

triple = Multiplier(3)
print(triple(4), triple("ab"), list(map(triple, [1, 2, 3])), triple.calls, callable(triple))
class Poly:
    def __init__(self, *coeffs):
        self.coeffs = coeffs
    def __call__(self, x):
        total = 0
        for c in self.coeffs:
            total = total * x + c
        return total
p = Poly(1, -3, 2)
print([p(x) for x in range(5)])
