import os.path as p
from math import sqrt

def f(a, b=2, *args, c, d=4, **kw):
    x = a + b
    for i in args:
        if i > x:
            break
        x += i
    else:
        x = -x
    try:
        y = g(x)
    except ValueError as e:
        y = None
    finally:
        h()
    return x, y

class C(Base, metaclass=M):
    z: int = 3
    def m(self):
        return super().m() + self.__p

with open("x") as fh, lock:
    data = [l.strip() for l in fh if l]
print(f"{data!r:>{10}}")
