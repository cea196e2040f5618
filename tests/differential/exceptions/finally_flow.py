# finally runs on return, break and continue; return in finally overrides
def f():
    try:
        return "try"
    finally:
        print("finally of f")

def g():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"

def h():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out

print(f(), g(), h())
def counter():
    n = 0
    try:
        n += 1
        return n
    finally:
        n += 100
        print("n in finally", n)
print(counter())
