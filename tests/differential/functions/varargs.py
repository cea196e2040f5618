# *args and **kwargs, unpacking at call sites
def show(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"

print(show())
print(show(1, 2, x=3))
print(show(*[1, 2], *(3,), **{"a": 1}, b=2))
def head_tail(first, *rest):
    return first, rest
print(head_tail(1), head_tail(1, 2, 3), head_tail(*"abc"))
def kw_only(**opts):
    return sorted(opts.items())
print(kw_only(z=1, a=2, m=3))
def mixed(a, b=10, *args, key="k", **rest):
    return (a, b, args, key, rest)
print(mixed(1), mixed(1, 2, 3, 4, key="q", extra=5), mixed(*range(5), **{"key": 0, "w": 1}))
