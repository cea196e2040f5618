"""CPython oracle for src/test/c/rt_driver.c: same line grammar, same output.

Each input line is `OP ARG*`, `= N OP ARG*` (also store the result in register N,
read back by the argument `r:N`) or `: N OP ARG*` (store, print "ok"); prints
repr(result) or `EXC Type: message`.
"""
import builtins
import struct
import sys
import types


class Kw:
    """A `w:NAME` token: the next argument is passed as keyword NAME."""

    def __init__(self, name):
        self.name = name


def f_pos(a, b):
    return (a, b)


def f_def(a, b=2, c=3):
    return (a, b, c)


def f_star(a, *args, **kw):
    return (a, args, kw)


def f_kwonly(a, *, b, c=5):
    return (a, b, c)


def f_posonly(a, b, /, c):
    return (a, b, c)


def f_all(a, b=1, /, c=2, *args, d, e=4, **kw):
    return (a, b, c, d, e, args, kw)


def f_noargs():
    return None


def rec():
    return rec()


def make_adder(x):
    def inner(y):
        return x + y
    return inner


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point" + repr((self.x, self.y))

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __add__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return Point(self.x + other.x, self.y + other.y)

    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.x, self.y)[i]


class Base:
    def __init__(self, x=1):
        self.x = x

    def who(self):
        return "Base"

    @staticmethod
    def smeth(a):
        return a * 2

    @classmethod
    def cm(cls):
        return cls.__name__

    @property
    def prop(self):
        return self.x * 10

    kind = "base"


class Derived(Base):
    def who(self):
        return "Derived+" + super(Derived, self).who()


class Counter:
    def __init__(self, x):
        self.i = 0
        self.n = x

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i


class MyError(ValueError):
    pass


class MyKeyError(KeyError):
    def __init__(self, k):
        super().__init__(k)
        self.k = k


class A:
    pass


class B(A):
    pass


class C(A):
    pass


class D(B, C):
    pass


def mkclass(name, *bases):
    return type(name, bases, {"__module__": "__main__", "__qualname__": name})


def catch(exc, typ):
    try:
        raise exc
    except typ:
        return True
    except BaseException:
        return False


def iadd(a, b):
    a += b
    return a


TEST_FUNCTIONS = {f.__name__: f for f in (f_pos, f_def, f_star, f_kwonly, f_posonly, f_all, f_noargs, rec,
                                          Point, Base, Derived, Counter, MyError, MyKeyError, A, B, C, D)}
REGS = [None] * 16


def parse_arg(a):
    if a == "n":
        return None
    kind, _, v = a.partition(":")
    if kind == "r":
        return REGS[int(v)]
    if kind == "c":
        return TEST_FUNCTIONS.get(v) or getattr(builtins, v)
    if kind == "w":
        return Kw(v)
    if kind == "a":
        return v
    if kind == "e":
        return {"list": list, "tuple": tuple, "dict": dict, "set": set, "frozenset": frozenset}[v]()
    if kind == "i":
        return int(v)
    if kind == "b":
        return v == "1"
    if kind == "f":
        return struct.unpack("<d", struct.pack("<Q", int(v, 16)))[0]
    if kind == "s":
        return bytes.fromhex(v).decode("utf-8", "surrogatepass")
    if kind == "t":
        return {"NoneType": type(None), "object": object}.get(v) or getattr(builtins, v)
    raise SystemExit("bad argument: " + a)


BINARY = {
    "add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b,
    "truediv": lambda a, b: a / b, "floordiv": lambda a, b: a // b, "mod": lambda a, b: a % b,
    "divmod": divmod, "lshift": lambda a, b: a << b, "rshift": lambda a, b: a >> b,
    "and": lambda a, b: a & b, "or": lambda a, b: a | b, "xor": lambda a, b: a ^ b,
    "lt": lambda a, b: a < b, "le": lambda a, b: a <= b, "eq": lambda a, b: a == b,
    "ne": lambda a, b: a != b, "gt": lambda a, b: a > b, "ge": lambda a, b: a >= b,
    "getitem": lambda a, b: a[b], "contains": lambda a, b: a in b,
    "issubclass": issubclass, "format": format,
}
UNARY = {
    "neg": lambda a: -a, "pos": lambda a: +a, "invert": lambda a: ~a, "abs": abs,
    "str": str, "repr": repr, "hash": hash, "truth": bool, "len": len,
    "float_parse": float, "int_of": int, "float_of": float, "mro": lambda t: t.__mro__,
}


def matches(raised, target):
    try:
        raise raised("x")
    except target:
        return True
    except BaseException:
        return False


def split_kw(a):
    pos, kw, i = [], {}, 0
    while i < len(a):
        if isinstance(a[i], Kw):
            kw[a[i].name] = a[i + 1]
            i += 2
        else:
            pos.append(a[i])
            i += 1
    return pos, kw


def iterate(x):
    return [v for v in iter(x)]


def inplace(op, a, b):
    if op == "ior":
        a |= b
    elif op == "iand":
        a &= b
    elif op == "isub":
        a -= b
    elif op == "ixor":
        a ^= b
    elif op == "iadd":
        a += b
    return a


def setitem(o, k, v):
    o[k] = v


def delitem(o, k):
    del o[k]


CONTAINERS = {
    "list": lambda *a: list(a), "set": lambda *a: set(a), "frozenset": lambda *a: frozenset(a),
    "dict": lambda *a: dict(zip(a[::2], a[1::2])), "mkslice": slice, "iter": iterate,
    "setitem": setitem, "delitem": delitem, "closure": lambda x, y: make_adder(x)(y),
    "unpack": lambda seq, n: tuple(unpack(seq, n)), "getattr": getattr, "setattr": setattr,
    "delattr": delattr, "hasattr": hasattr, "mkclass": mkclass, "catch": catch, "iadd": iadd, "getslice": lambda o, a, b, c: o[a:b:c],
}


def unpack(seq, n):
    if n == 2:
        x, y = seq
        return [x, y]
    x, y, z = seq
    return [x, y, z]


def run(op, a):
    if op in CONTAINERS:
        return CONTAINERS[op](*a)
    if op in ("ior", "iand", "isub", "ixor", "iadd"):
        return inplace(op, a[0], a[1])
    if op == "call":
        pos, kw = split_kw(a[1:])
        return a[0](*pos, **kw)
    if op == "mcall":
        pos, kw = split_kw(a[2:])
        return getattr(a[0], a[1])(*pos, **kw)
    if op == "bound":
        pos, kw = split_kw(a[2:])
        return types.MethodType(a[0], a[1])(*pos, **kw)
    if op == "meth" and any(isinstance(x, Kw) for x in a):
        pos, kw = split_kw(a[2:])
        return getattr(a[1], a[0])(*pos, **kw)
    if op in BINARY and len(a) == 2:
        return BINARY[op](*a)
    if op in UNARY and len(a) == 1:
        return UNARY[op](*a)
    if op == "pow":
        return pow(*a)
    if op == "meth":
        return getattr(a[1], a[0])(*a[2:])
    if op == "slice":
        return a[0][a[1]:a[2]:a[3]]
    if op == "int_parse":
        return int(*a)
    if op == "round":
        return round(*a)
    if op == "print":
        print(*a[2:], sep=a[0], end=a[1])
        return None
    if op == "exc":
        return a[0](*a[1:])
    if op == "excstr":
        return str(a[0](*a[1:]))
    if op == "raise":
        raise a[0](a[1])
    if op == "matches":
        return matches(a[0], a[1])
    if op == "tuplehash":
        return hash(tuple(a))
    if op == "tuple":
        return tuple(a)
    raise SystemExit("bad op: %s/%d" % (op, len(a)))


def main():
    # Molt has no int <-> str digit limit (CPython 3.11 defaults to 4300 digits).
    if hasattr(sys, "set_int_max_str_digits"):
        sys.set_int_max_str_digits(0)
    out = sys.stdout
    for line in sys.stdin:
        parts = line.split()
        if not parts:
            continue
        reg = None
        quiet = parts[0] == ":"
        if parts[0] in ("=", ":"):
            reg = int(parts[1])
            parts = parts[2:]
        try:
            r = run(parts[0], [parse_arg(x) for x in parts[1:]])
            if reg is not None:
                REGS[reg] = r
            out.write("ok\n" if quiet else repr(r) + "\n")
        except Exception as e:  # noqa: BLE001 - every exception is a result here
            out.write("EXC %s: %s\n" % (type(e).__name__, e))


if __name__ == "__main__":
    main()
