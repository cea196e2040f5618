# ord, chr, hash, id, type
print([ord(c) for c in "Az09 ~"], "".join([chr(i) for i in range(65, 91)]), chr(0x1F600), ord("é"))
print(hash("") , hash("a") == hash("a"), hash(1) == hash(1.0) == hash(True), hash((1, 2)) == hash((1, 2)))
print(hash("abc"), hash("molt"), hash(("x", 1)), hash(frozenset([1, 2])))
a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]), type(a), type(1), type("s"), type(None), type(type(1)))
print(type(a) is list, type(1.0) == float, type(len).__name__, type(lambda: 0).__name__)
