# f-strings with expressions, conversions and nested quotes
name = "Molt"
n = 42
xs = [1, 2, 3]
print(f"{name} {n} {xs} {n * 2} {name.upper()} {len(xs)} {xs[-1]}")
print(f"{name!r} {name!s} {xs!r} {n!r}", f"{'nested'} {'x' if n > 40 else 'y'}")
print(f"{n=}", f"{n + 1 = }", f"{name=!r}", f"{{braces}} {n}")
d = {"k": "v"}
print(f"{d['k']} {d} {3.0} {None} {True}")
for i in range(4):
    print(f"row {i}: {'#' * i}{'.' * (3 - i)}")
