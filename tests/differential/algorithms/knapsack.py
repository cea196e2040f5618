# dynamic programming: knapsack, LCS, edit distance
items = [(12, 4), (2, 2), (1, 1), (4, 10), (1, 2), (7, 6), (3, 3)]
cap = 15
best = [0] * (cap + 1)
for w, v in items:
    for c in range(cap, w - 1, -1):
        best[c] = max(best[c], best[c - w] + v)
print(best)
def lcs(a, b):
    t = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            t[i][j] = t[i - 1][j - 1] + 1 if a[i - 1] == b[j - 1] else max(t[i - 1][j], t[i][j - 1])
    return t[-1][-1]
def edit(a, b):
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1]))
        prev = cur
    return prev[-1]
for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("intention", "execution"), ("", "abc"), ("molt", "molt")]:
    print(a, b, lcs(a, b), edit(a, b))
