total = 0
for i in range(10):
    total += i * i
print(total)
xs = [1, 2, 3]
ys = [x * 2 for x in xs]
print(ys, len(ys), xs[1], ys[-1])
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, d["b"], "a" in d)
s = {3, 1, 2}
print(s, 2 in s)
n = 0
while n < 5:
    n += 1
    if n == 3:
        continue
    print(n, end=" ")
print()
a, b = 1, 2
a, b = b, a
print(a, b, f"{a}+{b}={a + b:>4}", f"{3.14159:.2f}")
def outer():
    x = 10
    def inner(y):
        return x + y
    return inner
print(outer()(5))
def kw(a, b=2, *, c=3):
    return a + b + c
print(kw(1), kw(1, 5, c=10), max(3, 9, 2), min([4, 1]), abs(-3), sorted([3, 1, 2]))
print(str(12) + "x", int("42") + 1, float("1.5"), bool(0), repr("q"))
for i, v in enumerate("ab"):
    print(i, v)
print(sum([1, 2, 3]), list(range(3)), tuple([1, 2]))
