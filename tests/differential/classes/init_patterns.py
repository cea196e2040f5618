# __init__ with defaults, validation, computed attributes
class Rect:
    def __init__(self, w, h=None, name="rect"):
        if h is None:
            h = w
        if w < 0 or h < 0:
            raise ValueError("negative size")
        self.w = w
        self.h = h
        self.name = name
        self.area = w * h

    def scale(self, k):
        return Rect(self.w * k, self.h * k, self.name + "*")

    def __repr__(self):
        return f"{self.name}({self.w}x{self.h}={self.area})"

print(Rect(3), Rect(2, 5), Rect(1, 2, name="r").scale(3))
try:
    Rect(-1)
except ValueError as e:
    print("ValueError", e)
try:
    Rect()
except TypeError as e:
    print("TypeError", e)
rects = [Rect(i, 10 - i) for i in range(1, 6)]
print(sorted(rects, key=lambda r: r.area), max(rects, key=lambda r: r.area))
