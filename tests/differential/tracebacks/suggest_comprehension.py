# NameError inside a list comprehension: its own frame (CPython 3.11 <listcomp>), whose locals are searched
def scale(items, factor):
    total = 0
    for item in items:
        total += item
    print("total", total)
    return [valuee * factor for value in items]

print(scale([1, 2], 3) if False else "start")
scale([1, 2, 3], 2)
