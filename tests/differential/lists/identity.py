# aliasing and copying of lists
a = [1, [2, 3]]
b = a
c = a[:]
d = list(a)
a[0] = 100
a[1].append(4)
print(a, b, c, d, a is b, a is c, a == c, a[1] is c[1])
e = [a, a]
e[0].append("x")
print(e)
def mutate(lst):
    lst.append("added")
    lst = ["rebound"]
    return lst
r = mutate(a)
print(a, r)
