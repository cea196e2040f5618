# instance attribute sites stay right when a class gains or loses the same attribute later
# (a property shadows the instance dict; deleting it uncovers the instance value again)
class A:
    pass

class B(A):
    pass

def read(o):
    return o.x

def write(o, v):
    o.x = v

a = B()
write(a, 1)
for _ in range(3):
    print(read(a))
A.x = property(lambda s: 42, lambda s, v: print("set", v))
print(read(a))
write(a, 5)
print(a.__dict__)
del A.x
print(read(a))
write(a, 7)
print(read(a), a.__dict__)
B.x = 3
print(read(a))
del B.x
print(read(a))
