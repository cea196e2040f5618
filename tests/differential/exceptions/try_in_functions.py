# return values through try/except/finally inside functions called in loops
def parse_all(items):
    out = []
    for it in items:
        try:
            out.append(int(it))
        except ValueError:
            out.append(None)
        except TypeError:
            out.append("type")
    return out

def safe_div(a, b):
    try:
        result = a / b
    except ZeroDivisionError:
        return float("inf") if a > 0 else float("-inf") if a < 0 else float("nan")
    else:
        return round(result, 3)
    finally:
        pass

print(parse_all(["1", "x", None, "-5", 3.7, "", [1]]))
print([safe_div(a, b) for a, b in [(1, 2), (1, 0), (-1, 0), (0, 0), (7, 3)]])
