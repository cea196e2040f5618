counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def make():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
f = make()
f(); print(f())
for i in range(3):
    if i == 5:
        break
else:
    print("no break")
try:
    try:
        1 / 0
    finally:
        print("finally")
except ZeroDivisionError:
    print("zde")
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(500))
x = 2 ** 64
print(x * x - 1, -x // 7, x % 1000, divmod(17, 5), 10 ** 20 // 3)
del counter
try:
    print(counter)
except NameError:
    print("deleted")
print(1 if [] else 2, [] or "empty", 0 and 1, None is None)
print(*[1, 2, 3], sep=",")
lam = lambda q: q * 3
print(lam(4), (lambda: "z")())
print(isinstance(3, int), isinstance("s", (int, str)))
t = (1, 2, 3)
p, *rest = t
print(p, rest, t[1:], "abcdef"[::2])
