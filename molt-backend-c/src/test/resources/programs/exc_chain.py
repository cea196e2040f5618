try:
    try:
        raise ValueError("a")
    except ValueError:
        1 / 0
except ZeroDivisionError as z:
    print(type(z.__context__).__name__, z.__context__)
try:
    try:
        raise ValueError("b")
    except ValueError:
        pass
    1 / 0
except ZeroDivisionError as z:
    print(z.__context__)
def f():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("while handling")
try:
    f()
except ValueError as v:
    print(type(v.__context__).__name__, v.__cause__, v.__suppress_context__)
try:
    raise KeyError("a")
except KeyError as a:
    try:
        raise IndexError("b")
    except IndexError as b:
        try:
            raise a
        except KeyError as a2:
            print(a2 is a, type(a2.__context__).__name__, b.__context__ is None)
try:
    {}["x"]
except KeyError:
    raise RuntimeError("boom")
