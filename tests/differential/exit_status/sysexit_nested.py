# SystemExit propagating through functions and except Exception handlers that do not catch it
def inner():
    raise SystemExit(7)

def outer():
    try:
        inner()
    except Exception:
        print("not reached")
    finally:
        print("outer finally")

print("start")
outer()
