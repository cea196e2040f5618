# single inheritance, overriding, super() calls
class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    def describe(self):
        return f"{self.name} with area {self.area():.2f}"

class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return 3.14159 * self.r ** 2

class Square(Shape):
    def __init__(self, s):
        super().__init__("square")
        self.s = s

    def area(self):
        return self.s * self.s

    def describe(self):
        return "[" + super().describe() + "]"

for s in [Shape("blob"), Circle(2), Square(3)]:
    print(s.describe(), isinstance(s, Shape), isinstance(s, Circle), type(s).__name__)
print(issubclass(Circle, Shape), issubclass(Shape, Circle), issubclass(Square, object), issubclass(Circle, Circle))
