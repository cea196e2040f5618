# IndexError in a loop that walks off the end
xs = [5, 4, 3]
i = 0
while True:
    print(xs[i])
    i += 1
