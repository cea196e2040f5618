# function decorators built from closures
calls = []
def logged(fn):
    def wrapper(*args, **kwargs):
        calls.append((fn.__name__, args, tuple(sorted(kwargs.items()))))
        return fn(*args, **kwargs)
    return wrapper

def repeat(n):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(n)]
        return wrapper
    return deco

@logged
def add(a, b=0):
    return a + b

@repeat(3)
def greet(name):
    return "hi " + name

print(add(1, 2), add(5, b=6), greet("bob"))
print(calls)
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), [fib(i) for i in range(15)])
