# mutual recursion and recursion over nested data
def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

print([is_even(n) for n in range(10)], is_odd(99))
def depth(x):
    if isinstance(x, list):
        return 1 + max([depth(y) for y in x] + [0])
    return 0
def flatten(x):
    if not isinstance(x, list):
        return [x]
    out = []
    for y in x:
        out.extend(flatten(y))
    return out
data = [1, [2, [3, [4, []]], 5], [[6]]]
print(depth(data), flatten(data))
