# a TypeError from a bad call escapes
def area(w, h):
    return w * h

print(area(2, 3))
print(area(4, h=5))
print(area(1, 2, 3))
