# semicolons, backslash continuation, implicit joining in brackets
a = 1; b = 2; c = a + b
total = a + \
    b + \
    c
items = [
    1, 2,
    3,
]
d = {
    "x": 1,
    "y": (2 +
          3),
}
if a < b and \
        b < c:
    print("chain ok")
print(total, items, d, c)
def f(
    x,
    y=2,
):
    return x * y
print(f(
    3,
))
