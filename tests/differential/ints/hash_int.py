# hash of ints and bools (CPython's modular hash)
for n in [0, 1, -1, -2, 2, 100, 2 ** 31, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 62, -(2 ** 61), 10 ** 20, -(10 ** 20)]:
    print(n, hash(n))
print(hash(True), hash(False), hash(1) == hash(1.0), hash(2 ** 64) == hash(float(2 ** 64)))
