def check(x):
    assert x > 0
    return x
print(check(3))
try:
    check(-1)
except AssertionError as e:
    print("assert:", e)
def rethrow():
    try:
        1 // 0
    except ZeroDivisionError:
        print("inner")
        raise
try:
    rethrow()
except ZeroDivisionError:
    print("outer")
xs = [5, 3, 8]
xs[1] = 10
xs += [1]
print(xs, "ab" * 3, "b" in "abc", xs[-2:], sorted(xs, reverse=True))
d = {}
for k in "hello":
    d[k] = 1
print(d, list(d), len(d))
def defaults(a, b=[1], *args, **kw):
    return a, b, args, kw
print(defaults(1), defaults(1, 2, 3, x=4))
s = {1, 2, 3}
s |= {4}
print(s, s & {2, 4, 9}, {i * i for i in range(5)}, {k: v for k, v in zip("ab", [1, 2])})
i = 0
while i < 3:
    i += 1
else:
    print("while-else", i)
print(f"{'x'!r:>5}|{12:05d}|{1.5e10:g}|{255:#x}")
with_none = None
print(with_none or "default", [1, 2] == [1, 2], (1, 2) < (1, 3))
def gen_total(n):
    t = 0
    for j in range(n):
        if j % 2:
            continue
        t += j
    return t
print(gen_total(10), abs(-2.5), round(2.675, 2), int(3.9), 7 / 2, 2 ** 0.5)
