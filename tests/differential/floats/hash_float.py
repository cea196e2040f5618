# float hashes equal the int hashes of integral values
for v in [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.0 ** 61, 1e100, -2.75, 3.14159, 1e-10, 123456.789]:
    print(v, hash(v))
print(hash(float("inf")), hash(float("-inf")))
d = {1: "int", 1.0: "float", 2.5: "f"}
print(d, len(d), d[1.0], d[True])
