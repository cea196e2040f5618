# setattr/delattr failures carry no "Did you mean" (CPython 3.11 records name/obj only when a lookup fails)
class Item:
    def __init__(self):
        self.label = "x"
        self.count = 1

it = Item()
del it.count
print(it.label)
n = 5
try:
    n.reel = 1
except AttributeError as e:
    print("caught:", e)
del it.labl
