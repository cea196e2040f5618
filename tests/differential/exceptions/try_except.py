# try/except/else/finally in all combinations
def run(f):
    log = []
    try:
        log.append("try")
        r = f()
        log.append(f"got {r}")
    except ZeroDivisionError:
        log.append("zde")
    except (KeyError, IndexError) as e:
        log.append(f"lookup {type(e).__name__}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log

print(run(lambda: 1))
print(run(lambda: 1 / 0))
print(run(lambda: {}["k"]))
print(run(lambda: [][0]))
try:
    print(run(lambda: int("x")))
except ValueError as e:
    print("escaped:", e)
