try:
    try:
        raise ValueError("inner")
    except ValueError as e:
        raise RuntimeError("outer") from e
except RuntimeError as r:
    print(r, type(r.__cause__).__name__, r.__cause__, r.__suppress_context__, r.__context__ is None)
try:
    raise KeyError("k") from None
except KeyError as k:
    print(k.__cause__, k.__suppress_context__)
try:
    raise ValueError from 5
except TypeError as t:
    print(t)
e = ValueError("x")
print(e.__cause__, e.__suppress_context__)
raise RuntimeError("last") from ValueError
