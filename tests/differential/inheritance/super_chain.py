# cooperative __init__ through super() with keyword arguments
log = []
class Base:
    def __init__(self, **kw):
        log.append("Base")
        self.extra = kw

class Left(Base):
    def __init__(self, left=0, **kw):
        log.append("Left")
        self.left = left
        super().__init__(**kw)

class Right(Base):
    def __init__(self, right=0, **kw):
        log.append("Right")
        self.right = right
        super().__init__(**kw)

class Both(Left, Right):
    def __init__(self, **kw):
        log.append("Both")
        super().__init__(**kw)

b = Both(left=1, right=2, other=3)
print(log, b.left, b.right, b.extra)
