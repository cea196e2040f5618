# The inline fast paths of molt/codegen.h (docs/backend-c.md, "Fast paths") at their edges: each case is also the
# case where the fast path must step aside for the runtime. Compared with python3 by PythonEndToEndTest.

BIG = 2 ** 47  # the first int outside Molt's small-int range


def arith():
    a = BIG - 1
    b = -BIG
    print(a + 1, b - 1, a + a, b + b, a - b, b - a)
    print(a * 2, b * -1, a * a, 65536 * 65536 * 65536, -3 * 7)
    print(7 // 2, -7 // 2, 7 // -2, -7 // -2, b // -1, b // 1, 0 // 5)
    print(7 % 3, -7 % 3, 7 % -3, -7 % -3, b % 7, a % -7)
    print(-5 & 3, -5 | 3, -5 ^ 3, a & b, a | b, a ^ b, b ^ -1)
    print(-5 >> 1, 5 >> 100, -5 >> 100, a >> 47, b >> 3)
    print(-a, -b, -0, -(-5))
    x = 10
    x += 5
    x -= 20
    x *= -3
    x //= 4
    x %= 7
    print(x)
    for bad in ((1, 0), (-1, 0), (0, 0)):
        try:
            print(bad[0] // bad[1])
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)
        try:
            print(bad[0] % bad[1])
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)
    print(True + 1, True * 3, False - 1, 3 // True)


def floats():
    f = 1.5
    print(f + 2, 2 + f, f - 3, 3 - f, f * 4, 4 * f, f / 2, 2 / f, 7 / 2, -7 / 2, 1 / 3)
    print(0.1 + 0.2, 1e308 * 10, -1e308 * 10, (1e308 * 10) - (1e308 * 10))
    print(-0.0 + 0.0, -0.0 - 0.0, 0.0 * -1, -(0.0), -(-0.0))
    print(BIG - 1 + 0.5, (BIG - 1) * 1.0, 1.0 * BIG, BIG / 2)
    for num, den in ((1.0, 0.0), (1, 0), (1, 0.0), (0.0, 0)):
        try:
            print(num / den)
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)
    print(2 ** 0.5, 2.0 ** 3, 9.0 ** 0.5, 10 ** -2, 2 ** 10, 1.0 ** 1e300, 0.5 ** 2000)
    for base, exp in ((10.0, 400), (-8.0, 3.0), (0.0, -1.0), (-2.0, 2.0), (float("inf"), 0.5), (2.0, -1e10)):
        try:
            print(base ** exp)
        except (OverflowError, ZeroDivisionError) as e:
            print(type(e).__name__ + ":", e)
    y = 2.5
    y += 1
    y -= 0.25
    y *= 2
    y /= 4
    print(y)


def compare():
    nan = float("nan")
    print(1 < 2, 2 < 1, 1 <= 1, 1 == 1, 1 != 1, 3 > 2, 3 >= 4, -BIG < BIG - 1)
    print(1.5 < 2.5, nan < 1.0, nan == nan, nan != nan, nan > nan, 1.0 == 1.0, -0.0 == 0.0)
    print(1 < 1.5, 2 == 2.0, BIG == BIG, BIG + 1 > BIG, "a" < "b", [1] == [1], (1, 2) < (1, 3))
    print(True == 1, False < 1, None == None)
    for v in (0, 1, -1, 0.0, -0.0, 2.5, nan, None, True, False, "", "x", [], [0], BIG):
        print("yes" if v else "no", end=" ")
    print()


def items():
    xs = [10, 20, 30]
    t = (1, 2, 3)
    print(xs[0], xs[-1], xs[-3], t[1], t[-2], "abc"[1], {1: "one"}[1], xs[True])
    xs[0] = 11
    xs[-1] = 33
    xs[True] = 22
    print(xs)
    for i in (3, -4, BIG):
        try:
            print(xs[i])
        except IndexError as e:
            print("IndexError:", e)
        try:
            print(t[i])
        except IndexError as e:
            print("IndexError:", e)
        try:
            xs[i] = 0
        except IndexError as e:
            print("IndexError:", e)
    try:
        t[0] = 5
    except TypeError as e:
        print("TypeError:", e)


def one(a):
    return a + 1


def two(a, b=10):
    return a * b


def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)


def calls():
    print(one(1), two(3), two(3, 4), two(b=2, a=5))
    adder = make_adder(7)
    print(adder(1), adder(2))
    f = one
    total = 0
    for i in range(5):
        total += f(i)
        if i == 2:
            f = two  # the same call site now sees another function
    print(total)
    try:
        one()
    except TypeError as e:
        print("TypeError:", e)
    try:
        one(1, 2)
    except TypeError as e:
        print("TypeError:", e)
    five = 5
    try:
        five(1)
    except TypeError as e:
        print("TypeError:", e)
    print(deep(500))
    try:
        deep(100000)
    except RecursionError:
        print("RecursionError")
    print(deep(10))


def make_adder(k):
    def add(x):
        return x + k
    return add


class Point:
    kind = "point"

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y


class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def norm2(self):
        return Point.norm2(self) + self.z * self.z


def get_x(p):
    return p.x


def set_x(p, v):
    p.x = v


def attributes():
    p = Point(1, 2)
    q = Point3(1, 2, 3)
    print(p.x, p.y, p.kind, p.norm2(), q.norm2(), q.kind, q.z)
    for obj in (p, q, p, q):  # one site, two classes
        set_x(obj, get_x(obj) + 1)
    print(p.x, q.x)
    p.kind = "mine"  # an instance attribute now shadows the class attribute
    print(p.kind, q.kind, Point.kind)
    del p.kind
    print(p.kind)
    Point.kind = "changed"
    print(p.kind, q.kind)
    for i in range(20):  # grow the instance dict past resizes
        setattr(p, "a" + str(i), i)
    print(get_x(p), p.a19, p.y)
    Point.x = property(lambda self: "from property")  # a data descriptor now wins over the instance dict
    print(get_x(p), get_x(q), p.x)
    try:
        set_x(p, 5)
    except AttributeError:
        print("AttributeError")  # the message differs between 3.11 and 3.12
    del Point.x
    print(get_x(p), get_x(q))
    del p.y
    try:
        print(p.y)
    except AttributeError as e:
        print("AttributeError:", e)
    Point.norm2 = lambda self: 100
    print(p.norm2(), q.norm2())
    Point.helper = staticmethod(lambda: "static")
    Point.make = classmethod(lambda cls: cls.__name__)
    print(p.helper(), q.make(), p.make())


def builtin_methods():
    out = []
    for obj in ([1, 2, 1], (1, 1, 1), "1a1", [1], "x"):  # one method site, several builtin types
        out.append(obj.count(1) if not isinstance(obj, str) else obj.count("1"))
    print(out)
    words = []
    for w in "the quick brown fox".split():
        words.append(w.upper())
        words.append(w[::-1])
    print(words, words.index("FOX"))
    d = {}
    for w in "a b a c b a".split():
        d[w] = d.get(w, 0) + 1
    print(d, sorted(d.items()))
    try:
        [].nosuch
    except AttributeError as e:
        print("AttributeError:", e)


arith()
floats()
compare()
items()
calls()
attributes()
builtin_methods()
