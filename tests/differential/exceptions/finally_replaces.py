# an exception raised in finally or in a handler replaces the one in flight
def a():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("from finally")

def b():
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")

for f in (a, b):
    try:
        f()
    except Exception as e:
        ctx = e.__context__
        print(type(e).__name__, e, "| context:", type(ctx).__name__, ctx)
def c():
    for i in range(3):
        try:
            if i == 1:
                raise RuntimeError("in loop")
        finally:
            if i == 1:
                break
    return i
print(c())
