# small-int arithmetic that crosses into big ints and back
x = 1
for i in range(1, 80):
    x = x * 3 + i
    if i % 5 == 0:
        print(i, x, x % 1000, len(f"{abs(x):b}"))
while x > 1:
    x = x // 7
    print(x)
f = 1
for i in range(1, 30):
    f *= i
print(f, f // (2 ** 40), -f, f - f)
