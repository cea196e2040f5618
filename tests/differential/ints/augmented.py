# augmented assignment on ints
x = 7
ops = []
x += 5; ops.append(x)
x -= 20; ops.append(x)
x *= -3; ops.append(x)
x //= 4; ops.append(x)
x %= 5; ops.append(x)
x **= 3; ops.append(x)
x <<= 10; ops.append(x)
x >>= 3; ops.append(x)
x &= 0xF0F; ops.append(x)
x |= 0x3; ops.append(x)
x ^= 0xFF; ops.append(x)
print(ops)
total = 0
for i in range(1, 101):
    total += i * i
    if i % 10 == 0:
        print(i, total)
