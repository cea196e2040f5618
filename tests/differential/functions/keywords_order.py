# keyword argument order in **kwargs and argument evaluation order
order = []
def val(tag, v):
    order.append(tag)
    return v
def f(*args, **kwargs):
    return args, list(kwargs.items())
print(f(val("a", 1), val("b", 2), z=val("z", 3), y=val("y", 4)))
print(order)
def g(a, b, c):
    return a * 100 + b * 10 + c
print(g(c=1, a=2, b=3), g(1, c=2, b=3), g(*[1], **{"c": 3, "b": 2}))
try:
    g(1, 2, 3, b=4)
except TypeError as e:
    print("TypeError", e)
