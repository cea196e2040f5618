# accumulation, sum() of floats, mean and variance
xs = [i * 0.1 for i in range(100)]
print(sum(xs), sum(xs) / len(xs))
total = 0.0
for x in xs:
    total += x * x
print(total, total / len(xs) - (sum(xs) / len(xs)) ** 2)
h = 0.0
for k in range(1, 1001):
    h += 1.0 / k
print(h)
print(sum([0.1] * 10), 0.1 * 10, sum([1e100, 1.0, -1e100]))
