"""Exception-heavy program: custom exception classes with a hierarchy, try/except/else/finally
in loops, raise ... from, re-raise, exception attributes and args, builtin exceptions raised by
the runtime (ZeroDivisionError, KeyError, IndexError, ValueError, TypeError). Deterministic.
"""


class AppError(Exception):
    pass


class ParseError(AppError):
    def __init__(self, text, pos):
        super().__init__(f"cannot parse {text!r} at {pos}")
        self.text = text
        self.pos = pos


class LimitError(AppError):
    def __init__(self, value, limit):
        super().__init__(value, limit)
        self.value = value
        self.limit = limit

    def __str__(self):
        return f"{self.value} exceeds {self.limit}"


def parse_number(text):
    if not text:
        raise ParseError(text, 0)
    for i, ch in enumerate(text):
        if not (ch.isdigit() or (i == 0 and ch == "-")):
            raise ParseError(text, i)
    return int(text)


def checked(value, limit):
    if abs(value) > limit:
        raise LimitError(value, limit)
    return value


def process(token, limit):
    try:
        n = parse_number(token)
    except ParseError as e:
        raise ValueError(f"bad token {token!r}") from e
    return checked(n, limit)


def divide_all(values):
    ok = 0
    zero = 0
    for v in values:
        try:
            _ = 1000 // v
        except ZeroDivisionError:
            zero += 1
        else:
            ok += 1
    return ok, zero


def lookups(d, keys):
    hits = misses = 0
    for k in keys:
        try:
            d[k]
            hits += 1
        except KeyError:
            misses += 1
    return hits, misses


def main():
    tokens = []
    for i in range(150000):
        r = (i * 7919) % 101
        if r < 70:
            tokens.append(str(r * (i % 13) - 300))
        elif r < 85:
            tokens.append(str(r) + "x")
        else:
            tokens.append("")
    stats = {"ok": 0, "value": 0, "limit": 0, "finally": 0}
    first = {}
    total = 0
    for t in tokens:
        try:
            total += process(t, 400)
            stats["ok"] += 1
        except ValueError as e:
            stats["value"] += 1
            cause = e.__cause__
            if "value" not in first:
                first["value"] = (str(e), type(cause).__name__, str(cause), cause.pos)
        except AppError as e:
            stats["limit"] += 1
            if "limit" not in first:
                first["limit"] = (str(e), e.args, isinstance(e, LimitError))
        finally:
            stats["finally"] += 1
    print(stats, total)
    print(first["value"])
    print(first["limit"])
    print(divide_all([i % 17 - 8 for i in range(30000)]))
    d = {i * 3: i for i in range(2000)}
    print(lookups(d, list(range(12000))))
    errors = []
    for i in range(6):
        try:
            if i == 0:
                [1, 2, 3][i + 5]
            elif i == 1:
                int("twelve")
            elif i == 2:
                "a" + i
            elif i == 3:
                {}["missing"]
            elif i == 4:
                raise LimitError(i, 3)
            else:
                raise AppError("plain", i)
        except (IndexError, KeyError) as e:
            errors.append(("lookup", type(e).__name__, str(e)))
        except Exception as e:
            errors.append(("other", type(e).__name__, str(e)))
    for entry in errors:
        print(entry)
    depth = 0
    try:
        try:
            try:
                raise KeyError("inner")
            finally:
                depth += 1
        except KeyError:
            depth += 10
            raise
    except KeyError as e:
        depth += 100
        print("re-raised:", repr(e), depth)
    print("MRO:", [c.__name__ for c in ParseError.__mro__])


if __name__ == "__main__":
    main()
