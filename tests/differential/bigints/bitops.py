# bitwise operations on big ints, including negatives
a = (1 << 150) - 12345
b = -(1 << 130) + 999
for x in (a, b, -a, ~b):
    print(x & 0xFFFFFFFFFFFFFFFFFFFF, x | (1 << 90), x ^ a, x >> 70, x << 33)
print(a & b, a | b, a ^ b, ~a)
print(f"{a:#x}", f"{b:#o}", f"{1 << 70:#b}")
print(len(f"{abs(a * a):b}"), len(f"{abs(-a):b}"))
