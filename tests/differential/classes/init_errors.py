# errors around object construction
class ReturnsValue:
    def __init__(self):
        return 5

class NeedsArgs:
    def __init__(self, a, b):
        self.a = a

for make in (ReturnsValue, lambda: NeedsArgs(1), lambda: NeedsArgs(1, 2, 3), lambda: NeedsArgs(1, 2)):
    try:
        obj = make()
        print("made", type(obj).__name__, obj.a)
    except TypeError as e:
        print("TypeError:", e)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)
print(type(NoInit()).__name__)
