# hashes of big ints match CPython's modular hash
for k in (61, 62, 63, 64, 100, 200):
    for n in (2 ** k, 2 ** k - 1, -(2 ** k), 3 ** k):
        print(k, hash(n))
d = {2 ** 70: "a", -(2 ** 70): "b", 10 ** 25: "c"}
print(d[2 ** 70], d[-(2 ** 70)], d[10 ** 25], 2 ** 70 in d, 2 ** 71 in d)
s = {2 ** 65, 2 ** 66, 2 ** 65, 3, 2 ** 61 - 1}
print(len(s), sorted(s))
