# mean, median, variance, standard deviation written by hand
data = [2, 4, 4, 4, 5, 5, 7, 9, 10, 12, 15, 3]
n = len(data)
mean = sum(data) / n
s = sorted(data)
median = (s[n // 2 - 1] + s[n // 2]) / 2 if n % 2 == 0 else s[n // 2]
var = sum([(x - mean) ** 2 for x in data]) / n
print(n, mean, median, var, var ** 0.5, round(var ** 0.5, 4))
counts = {}
for x in data:
    counts[x] = counts.get(x, 0) + 1
mode = max(counts, key=lambda k: (counts[k], -k))
print(mode, counts[mode], min(data), max(data), max(data) - min(data))
