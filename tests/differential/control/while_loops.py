# while loops with break, continue and else
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
i = 0
found = []
while True:
    i += 1
    if i % 3 == 0:
        continue
    if i > 20:
        break
    found.append(i)
print(found)
k = 0
while k < 5:
    k += 1
else:
    print("while-else ran", k)
k = 0
while k < 5:
    k += 1
    if k == 3:
        break
else:
    print("not printed")
print("after", k)
