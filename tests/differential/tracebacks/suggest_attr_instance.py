# AttributeError "Did you mean" on an instance of a user class: instance attributes and class attributes
class Point:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

p = Point(3, -4)
print(p.x, p.y, p.dims, p.norm1())
try:
    print(p.z)
except AttributeError as e:
    print("caught:", e)
print(p.xx)
