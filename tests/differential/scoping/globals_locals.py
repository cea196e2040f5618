# global vs local names, shadowing builtins locally
total = 0
def add(n):
    global total
    total += n
    return total
def shadow():
    len = lambda x: "shadowed"
    return len([1, 2])
def uses_global():
    return total * 2
print(add(5), add(10), uses_global(), shadow(), len([1, 2]))
x = 1
def read_only():
    return x + 1
def local_assign():
    x = 100
    return x
print(read_only(), local_assign(), x)
