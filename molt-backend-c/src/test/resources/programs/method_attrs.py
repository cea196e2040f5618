print(len.__name__, type([]).__name__)
def f(): pass
print(callable(f), f.__class__.__name__ if hasattr(f, "__class__") else "")
class C:
    "C doc"
    def m(self):
        "m doc"
print(C.__doc__, C.m.__doc__, C().m.__doc__, C().m.__name__)
m = C().m
print(m.__func__ is C.m, type(m.__self__).__name__, [].append.__name__)
try:
    m.x = 1
except AttributeError as e:
    print(e)
try:
    m.nope
except AttributeError as e:
    print(e)
