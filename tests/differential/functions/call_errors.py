# the messages of argument-binding errors
def f(a, b, *, c):
    return a, b, c
def g(x, y=1, *args, **kw):
    return x
class K:
    def m(self, v):
        return v
cases = [
    lambda: f(1, 2),
    lambda: f(1, 2, 3),
    lambda: f(1, b=2, a=3, c=4),
    lambda: f(1, 2, c=3, d=4),
    lambda: g(),
    lambda: g(1, x=2),
    lambda: K().m(),
    lambda: K().m(1, 2),
    lambda: K.m(1),
    lambda: (lambda: 0)(1),
    lambda: len(),
    lambda: len([], []),
    lambda: print(bad=1),
]
for c in cases:
    try:
        print(c())
    except TypeError as e:
        print("TypeError:", e)
