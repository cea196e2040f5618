# list slicing, slice assignment and deletion
xs = list(range(10))
print(xs[2:5], xs[:3], xs[7:], xs[::2], xs[::-1], xs[-3:], xs[1:-1:3], xs[8:2:-2], xs[20:], xs[-20:2])
ys = xs[:]
ys[2:4] = ["a", "b", "c"]; print(ys)
ys[:0] = [-1]; print(ys)
ys[len(ys):] = [99]; print(ys)
ys[::2] = [0] * len(ys[::2]); print(ys)
del ys[1]; print(ys)
del ys[::3]; print(ys)
del ys[-2:]; print(ys)
try:
    ys[::2] = [1]
except ValueError as e:
    print("ValueError", e)
