"""CPython oracle for src/test/c/rt_driver.c: same line grammar, same output.

Each input line is `OP ARG*`; prints repr(result) or `EXC Type: message`.
"""
import builtins
import struct
import sys


def parse_arg(a):
    if a == "n":
        return None
    kind, _, v = a.partition(":")
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


def run(op, a):
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
        try:
            r = run(parts[0], [parse_arg(x) for x in parts[1:]])
            out.write(repr(r) + "\n")
        except Exception as e:  # noqa: BLE001 - every exception is a result here
            out.write("EXC %s: %s\n" % (type(e).__name__, e))


if __name__ == "__main__":
    main()
