# str/repr/name/obj of NameError and AttributeError: the suggestion appears only in an uncaught traceback
class Box:
    depth = 3

    def __init__(self):
        self.width = 1

def f():
    width = 2
    return widht

try:
    f()
except NameError as e:
    print(e)
    print(repr(e))
    print(e.name)
    print(e.args)
b = Box()
try:
    b.widht
except AttributeError as e:
    print(e)
    print(repr(e))
    print(e.name)
    print(type(e.obj).__name__, e.obj is b)
try:
    [].apend
except AttributeError as e:
    print(e.name, e.obj)
Box.dpth
