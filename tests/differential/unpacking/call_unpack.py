# * and ** unpacking in calls and displays
def f(a, b, c=0, *args, **kw):
    return a, b, c, args, kw
print(f(*[1, 2]), f(*(1, 2, 3, 4)), f(1, *[2], c=5), f(**{"a": 1, "b": 2}), f(*"xy", **{"z": 1}))
print([*range(3), *"ab", *[None]], (*[1, 2], 3), {*[1, 2], *{3}}, {**{"a": 1}, "b": 2, **{"a": 3}})
args = (10, 3)
print(divmod(*args), max(*args, 20), "{}-{}".format(*args), "{x}{y}".format(**{"x": 1, "y": 2}))
print(*[1, 2, 3])
print(*"abc", sep=".")
