# subclasses of builtin types: list, dict, int, str, Exception
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]

class DefaultDict(dict):
    def __init__(self, default):
        super().__init__()
        self.default = default
    def get_or_default(self, key):
        if key not in self:
            self[key] = self.default
        return self[key]

class Celsius(float):
    def fahrenheit(self):
        return self * 9 / 5 + 32

class Upper(str):
    def shout(self):
        return self.upper() + "!"

s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), isinstance(s, list), type(s).__name__, s + [4], sorted(s, reverse=True))
d = DefaultDict(0)
d.get_or_default("a")
d["b"] = 5
print(d, len(d), isinstance(d, dict), list(d.items()), d.default)
c = Celsius(100)
print(c, c.fahrenheit(), c + 1, isinstance(c, float))
u = Upper("hi")
print(u, u.shout(), u + " there", len(u), isinstance(u, str))
