# loop variables, nested loop state and accumulation patterns
best = None
best_pair = None
for i in range(1, 30):
    for j in range(i, 30):
        v = (i * j) % 37
        if best is None or v > best:
            best = v
            best_pair = (i, j)
print(best, best_pair)
fib = [0, 1]
while len(fib) < 30:
    fib.append(fib[-1] + fib[-2])
print(fib)
triangle = []
for row in range(8):
    line = [1]
    for k in range(1, row + 1):
        line.append(line[-1] * (row - k + 1) // k)
    triangle.append(line)
for line in triangle:
    print(" ".join([str(v) for v in line]).center(40))
