# len, min, max, sum, any, all, list(), reversed, enumerate, zip on lists
xs = [4, -1, 9, 0, 3]
print(len(xs), min(xs), max(xs), sum(xs), sum(xs, 10), any(xs), all(xs), any([]), all([]))
print(list(reversed(xs)), list(enumerate(xs)), list(enumerate(xs, 5)), list(zip(xs, "abcde")))
print(list(zip(xs, [1, 2])), list(map(abs, xs)), list(filter(None, xs)), list(filter(lambda v: v > 0, xs)))
print(list(range(3)) + list("ab") + list((1, 2)) + list({"k": 1}))
print(sorted(xs), xs, [x for x in reversed(sorted(xs))])
