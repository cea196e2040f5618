# lambdas, higher-order functions, functions as values
square = lambda x: x * x
add = lambda a, b=1: a + b
compose = lambda f, g: lambda x: f(g(x))
print(square(7), add(1), add(1, 2), compose(square, add)(3), (lambda: "no args")())
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
for sym in "+-*":
    print(sym, ops[sym](6, 3))
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(lambda v: v * 2, 10, 1), apply_n(str.upper, 1, "abc"), list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
funcs = [lambda x, i=i: x + i for i in range(4)]
print([f(10) for f in funcs])
