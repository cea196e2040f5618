class AppError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
    def __str__(self):
        return "AppError!" + str(self.code)
try:
    raise AppError(4)
except AppError as e:
    print(e, e.args, repr(e))
print(isinstance(ValueError("x"), Exception), issubclass(KeyError, LookupError))
try:
    try:
        raise ValueError("inner")
    except ValueError as e:
        raise RuntimeError("outer") from e
except RuntimeError as r:
    print(r, type(r.__cause__).__name__ if hasattr(r, "__cause__") else "?")
def deco(fn):
    def wrapper(*a, **k):
        return fn(*a, **k)
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    wrapper.__wrapped__ = fn
    return wrapper
@deco
def add(a: int, b: int) -> int:
    "adds"
    return a + b
print(add(1, 2), add.__name__, add.__doc__, add.__wrapped__.__annotations__)
print(" ".join([str(i) for i in range(3)]), "a-b-c".split("-", 1), "abc".replace("b", "x"))
xs = [3, 1, 2]
xs.sort()
xs.reverse()
print(xs, xs.count(1), xs.copy(), ",".join(map(str, xs)))
d = dict(a=1)
print(list(d.keys()), list(d.values()), d.items())
print("{} {}".format(1, 2), "x".startswith("x"), "  a ".lstrip())
raise SystemExit("bye")
