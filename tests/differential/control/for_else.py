# for-else, nested loops with break/continue, prime search
def first_divisor(n):
    for d in range(2, n):
        if n % d == 0:
            return d
    return None

primes = []
for n in range(2, 60):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        primes.append(n)
print(primes)
print([first_divisor(n) for n in (15, 17, 49, 2)])
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if i + j > 3:
            break
        print(i, j, end=" | ")
print()
