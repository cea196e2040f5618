# nested try blocks, re-raise, exceptions escaping several frames
def level3(x):
    if x == 0:
        raise KeyError("zero")
    if x == 1:
        raise ValueError("one")
    return x * 10

def level2(x):
    try:
        return level3(x)
    except KeyError:
        print("level2 handled KeyError")
        return -1

def level1(x):
    try:
        return level2(x)
    except ValueError as e:
        print("level1 got", repr(e))
        raise
    finally:
        print("level1 finally", x)

for x in range(3):
    try:
        print("result", level1(x))
    except ValueError as e:
        print("top got", e)
