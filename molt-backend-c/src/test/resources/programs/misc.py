calls = 0


def classify(n):
    global calls
    calls += 1
    if n == 0:
        return "zero"
    if n == 1:
        return "one"
    if n == 2:
        return "two"
    return "many"


def count(xs):
    total = 0
    n = 0
    for x in xs:
        total += x
        n += 1
    return total, n


total, n = count([3, 1, 4, 1, 5])
print(total, n, len("hello"))
for i in range(4):
    print(classify(i))
print(calls)
q, r = divmod(17, 5)
print(q, r)


def unbound():
    if False:
        y = 1
    return y


print(unbound())
