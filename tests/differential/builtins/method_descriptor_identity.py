# an unbound method of a builtin type is one object per (type, method): list.append is list.append
print(list.append is list.append, str.upper is str.upper, [].append is [].append)
f = list.append
g = list.append
print(f is g, f, str.split.__name__, dict.fromkeys is dict.fromkeys)
class K:
    m = list.append
l = []
K.m(l, 3)
print(l, K.m is list.append)
