# closures created in loops and comprehensions share or capture cells
handlers = {}
for name in ["a", "b", "c"]:
    def h(x, name=name):
        return name * x
    handlers[name] = h
print({k: f(2) for k, f in handlers.items()})
def make_all():
    out = []
    for k in range(3):
        def f():
            return k
        out.append(f)
    return out
print([f() for f in make_all()])
mult = [lambda x, m=m: x * m for m in (2, 3, 4)]
print([f(5) for f in mult])
