# return values: none, multiple, early returns
def nothing():
    pass
def early(n):
    if n < 0:
        return "neg"
    for i in range(n):
        if i * i > n:
            return i
    return None
def many():
    return 1, [2], {"three": 3}
print(nothing(), early(-1), early(10), early(0), many())
a, b, c = many()
print(a, b, c["three"])
