# operator dunders: __add__, __sub__, __mul__, __neg__, __radd__, __truediv__
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __radd__(self, other):
        return self if other == 0 else NotImplemented
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

a = Vec(1, 2)
b = Vec(3, -1)
print(a + b, a - b, a * 3, 2 * a, -a, b / 2, sum([a, b, a]))
c = a
c += b
print(a, c)
try:
    a + 1
except AttributeError as e:
    print("AttributeError", e)
