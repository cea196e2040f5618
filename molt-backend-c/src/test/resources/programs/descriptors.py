class P:
    def __init__(self):
        self._x = 1
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        self._x = v * 10
    @staticmethod
    def st(a, b=2):
        return a + b
    @classmethod
    def cm(cls):
        return cls.__name__
    y = property(lambda self: 42)
p = P()
p.x = 3
print(p.x, P.st(1), p.st(1, 1), P.cm(), p.cm(), p.y)
print(type(P.__dict__["st"]).__name__ if hasattr(P, "__dict__") else "staticmethod")
try:
    p.y = 1
except AttributeError as e:
    print("AttributeError")
print(super(P, p).__init__ is not None)
