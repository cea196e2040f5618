# read-only properties and class-level constants
class Circle:
    PI = 3.14159

    def __init__(self, r):
        self._r = r

    @property
    def radius(self):
        return self._r

    @property
    def diameter(self):
        return 2 * self._r

    @property
    def area(self):
        return Circle.PI * self._r ** 2

c = Circle(3)
print(c.radius, c.diameter, round(c.area, 3))
for attr in ("radius", "diameter"):
    try:
        setattr(c, attr, 10)
    except AttributeError as e:
        print("AttributeError", attr)
print(c.radius)
