# nested lists: matrices, transposes, flattening
m = [[i * 4 + j for j in range(4)] for i in range(3)]
print(m)
t = [[row[i] for row in m] for i in range(4)]
print(t)
flat = []
for row in m:
    flat.extend(row)
print(flat, sum(flat), len(flat))
def matmul(a, b):
    return [[sum([a[i][k] * b[k][j] for k in range(len(b))]) for j in range(len(b[0]))] for i in range(len(a))]
print(matmul(m, t))
grid = [["." for _ in range(6)] for _ in range(4)]
grid[1][2] = "#"
grid[3][5] = "@"
for row in grid:
    print("".join(row))
