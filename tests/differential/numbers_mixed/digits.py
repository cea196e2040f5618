# digit manipulation: sums, reversal, palindromes, armstrong numbers
def digit_sum(n):
    s = 0
    while n:
        s += n % 10
        n //= 10
    return s
print([digit_sum(n) for n in (0, 9, 123, 99999, 2 ** 100)])
print([n for n in range(10, 500) if str(n) == str(n)[::-1]][:20])
print([n for n in range(100, 10000) if n == sum([int(d) ** len(str(n)) for d in str(n)])])
print(int(str(2 ** 64)[::-1]), sum([int(c) for c in str(3 ** 200)]))
