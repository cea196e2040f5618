class Point:
    count = 0

    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.count += 1

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)


class Point3(Point):
    def __init__(self, x, y, z):
        Point.__init__(self, x, y)
        self.z = z

    def norm2(self):
        return Point.norm2(self) + self.z * self.z


p = Point(3, 4)
q = p + Point(1, 1)
print(p, q, p.norm2(), Point.count)
r = Point3(1, 2, 2)
print(r.norm2(), isinstance(r, Point), r.z)
del p.x
try:
    print(p.x)
except AttributeError as e:
    print("AttributeError")
