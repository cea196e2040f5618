# comprehension scope: the loop variable does not leak; closures over outer names
x = "outer"
squares = [x * 2 for x in range(3)]
print(x, squares)
k = 10
print([k + i for i in range(3)])
def f(n):
    return [n * i for i in range(n)]
print(f(4))
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
class C:
    base = 5
    vals = [1, 2] + [base]
print(C.vals)
