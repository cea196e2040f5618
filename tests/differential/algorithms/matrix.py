# matrix multiplication, transpose, determinant by elimination with floats
def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    return [[sum([a[i][k] * b[k][j] for k in range(m)]) for j in range(p)] for i in range(n)]

def det(m):
    m = [row[:] for row in m]
    n = len(m)
    d = 1.0
    for c in range(n):
        pivot = max(range(c, n), key=lambda r: abs(m[r][c]))
        if m[pivot][c] == 0:
            return 0.0
        if pivot != c:
            m[c], m[pivot] = m[pivot], m[c]
            d = -d
        d *= m[c][c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            for k in range(c, n):
                m[r][k] -= f * m[c][k]
    return d

a = [[2, 0, 1], [1, 3, 2], [1, 1, 1]]
b = [[1, 2], [0, 1], [4, 0]]
print(matmul(a, b))
ident = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
print(matmul(a, ident) == a, round(det(a), 9), round(det([[1, 2], [2, 4]]), 9))
h = [[1 / (i + j + 1) for j in range(4)] for i in range(4)]
print(f"{det(h):.6e}")
