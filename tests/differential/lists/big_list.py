# larger lists: building, summing, counting
xs = [i * 7 % 1000 for i in range(20000)]
print(len(xs), sum(xs), xs.count(0), xs.index(999), max(xs), min(xs))
ys = sorted(xs)
print(ys[:5], ys[-5:], ys[10000])
evens = [v for v in xs if v % 2 == 0]
print(len(evens), evens[:10])
zs = xs[::1000]
zs.sort(reverse=True)
print(zs)
