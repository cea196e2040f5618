# classic recursive functions
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)

def power_set(xs):
    if not xs:
        return [[]]
    rest = power_set(xs[1:])
    return rest + [[xs[0]] + r for r in rest]

def permutations(xs):
    if len(xs) <= 1:
        return [xs]
    out = []
    for i in range(len(xs)):
        for p in permutations(xs[:i] + xs[i + 1:]):
            out.append([xs[i]] + p)
    return out

print([fact(n) for n in range(15)], fact(40))
print([fib(n) for n in range(20)])
print(gcd(1071, 462), gcd(2 ** 40, 6 ** 20))
print(power_set([1, 2, 3]))
print(permutations(list("abc")), len(permutations([1, 2, 3, 4, 5])))
