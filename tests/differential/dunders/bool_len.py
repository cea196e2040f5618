# truthiness through __bool__ and __len__
class Empty:
    def __len__(self):
        return 0

class Full:
    def __len__(self):
        return 3

class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v

for o in [Empty(), Full(), Flag(True), Flag(False)]:
    print(type(o).__name__, bool(o), "yes" if o else "no", not o)
print(len(Full()), [type(x).__name__ for x in [Empty(), Full()] if x])
