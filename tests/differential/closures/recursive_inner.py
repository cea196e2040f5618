# recursive inner functions and closures over loop results
def outer(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    def walk(k, acc):
        if k == 0:
            return acc
        return walk(k - 1, acc + [fact(k)])
    return walk(n, [])
print(outer(8))
def make_tree(depth):
    def build(d):
        if d == 0:
            return "leaf"
        return [build(d - 1), build(d - 1)]
    return build(depth)
def count_leaves(t):
    return 1 if t == "leaf" else count_leaves(t[0]) + count_leaves(t[1])
print(make_tree(2), count_leaves(make_tree(10)))
