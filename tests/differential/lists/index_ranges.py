# list.index/insert/pop with start, stop and negative positions; count and remove of equal-but-different values
xs = [5, 1, 5, 2, 5, 3]
print(xs.index(5), xs.index(5, 1), xs.index(5, 3), xs.index(5, -2), xs.index(2, 0, 4))
try:
    xs.index(5, 5)
except ValueError as e:
    print("ValueError", e)
ys = [0, 1, 2]
ys.insert(-1, "a"); ys.insert(-10, "b"); ys.insert(10, "c")
print(ys, ys.pop(-2), ys.pop(1), ys)
zs = [1, 1.0, True, 2]
print(zs.count(1), zs.index(True), 1.0 in zs)
zs.remove(True)
print(zs)
print([1, 2] * 0, [[]] * 3, [1, 2, 3][-1:-4:-1], list(reversed([])))
