# nonlocal through several levels and functions returning functions
def make_stack():
    items = []
    size = 0
    def push(x):
        nonlocal size
        items.append(x)
        size += 1
    def pop():
        nonlocal size
        size -= 1
        return items.pop()
    def peek_size():
        return size
    return push, pop, peek_size
push, pop, size = make_stack()
for i in range(5):
    push(i * i)
print(pop(), pop(), size())
def outer():
    level = 0
    def mid():
        nonlocal level
        level += 1
        def inner():
            nonlocal level
            level += 10
            return level
        return inner
    f = mid()
    return f(), f(), level
print(outer())
