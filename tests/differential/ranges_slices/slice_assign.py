# slice assignment growing and shrinking lists, extended slices
xs = list(range(10))
xs[2:5] = []
print(xs)
xs[1:1] = ["a", "b", "c"]
print(xs)
xs[-2:] = range(3)
print(xs)
xs[::3] = "XYZW"[:len(xs[::3])]
print(xs)
xs[:] = [1, 2]
print(xs)
ys = list(range(6))
ys[5:0:-2] = [50, 30, 10]
print(ys)
del ys[::-2]
print(ys)
