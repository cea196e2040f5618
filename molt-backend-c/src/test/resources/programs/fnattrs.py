def f(x: int, y: str = "a") -> int:
    "doc of f"
    return x

print(f(3))
print(f.__annotations__)
print(f.__name__, f.__qualname__, f.__doc__, f.__module__)
print(f.__defaults__)
print(f.__kwdefaults__)
def g(a, *, k=5):
    return a + k
print(g.__kwdefaults__, g.__defaults__, g.__doc__)
g.tag = "hello"
print(g.tag)
print(g.__dict__)
f.__annotations__ = {"z": 1}
print(f.__annotations__)
class C:
    def m(self, v: int) -> None:
        pass
print(C.m.__qualname__, C.m.__annotations__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__)
