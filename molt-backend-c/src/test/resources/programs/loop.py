a, b = 0, 1
n = 0
while n < 100:
    if n == 90:
        print(n, a)
    a, b = b, a + b
    n = n + 1
print(n, a)
