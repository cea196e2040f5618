class I:
    def __index__(self): return 7
class N:
    def __int__(self): return 3
    def __float__(self): return 2.5
print(int(N()), float(N()), int(I()) if False else 7, hex(I()), bin(I()))
print("%d %x %f" % (I(), I(), I()))
print("%d %f %.1e" % (N(), N(), N()))
class B:
    def __int__(self): return "x"
    def __float__(self): return 1
    def __index__(self): return 1.5
for f in (int, float, hex):
    try:
        print(f(B()))
    except TypeError as e:
        print(e)
try:
    print("%d" % B())
except TypeError as e:
    print(e)
try:
    print("%x" % B())
except TypeError as e:
    print(e)
try:
    print("%f" % B())
except TypeError as e:
    print(e)
xs = [10, 11, 12, 13, 14, 15, 16, 17, 18]
print(xs[I()], (1, 2, 3, 4, 5, 6, 7, 8)[I()], "abcdefgh"[I()], range(20)[I()], list(range(I())), range(1, I(), 2))
class Bad:
    def __index__(self): return "no"
try:
    xs[Bad()]
except TypeError as e:
    print(e)
