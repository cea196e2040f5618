# recursion close to CPython's default limit of 1000 frames, and where RecursionError starts
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
def d2(n):
    try:
        return d2(n + 1)
    except RecursionError:
        return n
k = d2(0)
print(900 < k < 1000)
class Node:
    def __init__(self, nxt):
        self.nxt = nxt
    def length(self):
        return 1 if self.nxt is None else 1 + self.nxt.length()
n = None
for i in range(400):
    n = Node(n)
print(n.length())
def mutual_a(n):
    return n if n <= 0 else mutual_b(n - 1)
def mutual_b(n):
    return mutual_a(n - 1)
print(mutual_a(950))
