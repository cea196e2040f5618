# CPython's set iteration order for ints (hash table order)
s = set()
for i in [40, 8, 16, 24, 32, 0, 33, 1, 9, 17, 64, 128, 7]:
    s.add(i)
    print(list(s))
t = {-1, -2, -3, 1000, 2 ** 40, 7, 2}
print(t)
u = set(range(0, 100, 7))
u.discard(14)
u.add(140)
print(u)
print({i * 31 % 17 for i in range(30)})
