# breaking out of nested loops with flags, for-else and functions; loops over changing ranges
def find(grid, target):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == target:
                return r, c
    return None
grid = [[(r * 7 + c * 3) % 11 for c in range(5)] for r in range(4)]
print(grid, find(grid, 9), find(grid, 42))
found = None
for r in range(4):
    for c in range(5):
        if grid[r][c] == 10:
            found = (r, c)
            break
    else:
        continue
    break
print(found)
n = 0
total = 0
while n < 100:
    n += 1
    if n % 2:
        continue
    for k in range(n):
        if k * k > n:
            break
        total += k
print(n, total)
