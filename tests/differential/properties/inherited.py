# properties inherited and overridden in subclasses
class Shape:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    @property
    def area(self):
        return self.w * self.h

    @property
    def name(self):
        return type(self).__name__.lower()

class Triangle(Shape):
    @property
    def area(self):
        return super().area / 2

class Square(Shape):
    def __init__(self, s):
        super().__init__(s, s)

for s in [Shape(2, 3), Triangle(2, 3), Square(4)]:
    print(s.name, s.area)
