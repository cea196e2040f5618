# bitwise operators and shifts on positive and negative ints
xs = [0, 1, 5, 12, 255, 1023, -1, -6, -256, 123456789]
for a in xs:
    print(a, ~a, a << 3, a >> 2, a & 0xFF, a | 0x100, a ^ 0x5555)
    print([a & b for b in xs])
    print([a | b for b in xs])
    print([a ^ b for b in xs])
print(1 << 62, 1 << 63, 1 << 64, -1 << 70, (1 << 100) >> 98)
print(-1 >> 100, -12345 >> 3, 12345 >> 30)
print(len(f"{abs(5):b}"), len(f"{abs(255):b}"), len(f"{abs(0):b}"), len(f"{abs(-1024):b}"))
