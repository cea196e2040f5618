# __hash__ and __eq__ for dict keys and set members
class Key:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        return isinstance(other, Key) and self.name.lower() == other.name.lower()
    def __hash__(self):
        return hash(self.name.lower())
    def __repr__(self):
        return f"Key({self.name})"

d = {Key("Alpha"): 1}
d[Key("ALPHA")] = 2
d[Key("beta")] = 3
print(d, len(d), d[Key("alpha")], Key("Beta") in d)
s = {Key("x"), Key("X"), Key("y")}
print(len(s), sorted([k.name.lower() for k in s]))
class NoHash:
    def __eq__(self, other):
        return True
try:
    {NoHash()}
except TypeError as e:
    print("TypeError", e)
