# positional, keyword, defaults, keyword-only and positional-only parameters
def f(a, b=2, *, c=3, d):
    return (a, b, c, d)

def g(x, y, /, z=0):
    return x + y + z

print(f(1, d=4), f(1, 5, d=6), f(a=7, d=8, c=9), f(1, 2, c=0, d=0))
print(g(1, 2), g(1, 2, 3), g(1, 2, z=10))
for call in (lambda: f(1), lambda: f(1, 2, 3, d=4), lambda: g(x=1, y=2), lambda: f(1, d=1, e=2), lambda: g(1)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
