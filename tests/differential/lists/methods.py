# list methods: append, extend, insert, pop, remove, index, count, reverse, sort, copy, clear
xs = [5, 3, 8]
xs.append(1); print(xs)
xs.extend([9, 3]); print(xs)
xs.insert(0, 7); xs.insert(-1, 4); xs.insert(100, 0); print(xs)
print(xs.pop(), xs.pop(0), xs.pop(-2), xs)
xs.remove(3); print(xs, xs.index(8), xs.count(3), xs.count(42))
xs.reverse(); print(xs)
xs.sort(); print(xs)
xs.sort(reverse=True); print(xs)
ys = xs.copy(); ys.append(100); print(xs, ys)
ys.clear(); print(ys, len(ys))
for bad in (lambda: [].pop(), lambda: [1].remove(2), lambda: [1].index(5), lambda: [1, 2][5]):
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
