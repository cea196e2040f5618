# exception objects: args, str, repr, identity across handlers, storing exceptions
errors = []
for f in (lambda: 1 / 0, lambda: [][1], lambda: int("z")):
    try:
        f()
    except Exception as e:
        errors.append(e)
for e in errors:
    print(type(e).__name__, e.args, str(e), repr(e), isinstance(e, Exception))
saved = None
try:
    raise KeyError("k", 2)
except KeyError as e:
    saved = e
print(saved.args, repr(saved), str(saved))
try:
    raise saved
except KeyError as again:
    print(again is saved)
e = ValueError("a", "b")
print(e.args, len(e.args), str(e))
