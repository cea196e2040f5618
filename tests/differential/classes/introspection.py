# __class__, __name__, __qualname__, __module__, __dict__ and type(x)(...) on user classes
class Outer:
    class Inner:
        def method(self):
            return type(self).__qualname__
    def __init__(self, v):
        self.v = v
        self.w = [v]
    def clone(self):
        return type(self)(self.v + 1)

o = Outer(1)
c = o.clone()
print(type(c).__name__, c.v, o.__class__ is Outer, Outer.__name__, Outer.Inner.__qualname__, Outer.__module__)
print(Outer.Inner().method(), o.__dict__, sorted(c.__dict__), len(o.__dict__))
o.__dict__["extra"] = 5
print(o.extra, "extra" in o.__dict__)
print(isinstance(o, type(c)), type(type(o)).__name__, type(Outer.clone).__name__)
