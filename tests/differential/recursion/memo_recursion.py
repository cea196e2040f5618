# memoised recursion with a dict and deep-ish recursion
memo = {}
def ways(n, coins):
    key = (n, len(coins))
    if key in memo:
        return memo[key]
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    r = ways(n - coins[0], coins) + ways(n, coins[1:])
    memo[key] = r
    return r
print(ways(100, [50, 25, 10, 5, 1]), ways(300, [200, 100, 50, 20, 10, 5, 2, 1]))
def sum_to(n):
    return 0 if n == 0 else n + sum_to(n - 1)
print(sum_to(500))
def binsearch(xs, v, lo, hi):
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if xs[mid] == v:
        return mid
    if xs[mid] < v:
        return binsearch(xs, v, mid + 1, hi)
    return binsearch(xs, v, lo, mid - 1)
xs = list(range(0, 1000, 3))
print([binsearch(xs, v, 0, len(xs) - 1) for v in (0, 3, 300, 301, 999, 998)])
