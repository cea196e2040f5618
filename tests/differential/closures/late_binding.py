# late binding of closure variables vs default-argument capture
fs = []
for i in range(4):
    fs.append(lambda: i)
print([f() for f in fs])
gs = [lambda i=i: i * 10 for i in range(4)]
print([g() for g in gs])
def make(n):
    return lambda x: x + n
adders = [make(n) for n in range(3)]
print([a(100) for a in adders])
def outer():
    x = 1
    def show():
        return x
    x = 2
    return show
print(outer()())
