# an exception caught, logged and re-raised with bare raise
def risky(n):
    if n > 2:
        raise OverflowError(f"n={n} too large")
    return n

for n in range(5):
    try:
        print("ok", risky(n))
    except OverflowError as e:
        print("logging:", e)
        raise
