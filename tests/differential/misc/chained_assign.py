# chained assignment shares one object; augmented assignment on subscripts and attributes
a = b = c = []
a.append(1)
print(a, b, c, a is c)
x = y = 5
x += 1
print(x, y)
d = {"k": 1}
d["k"] += 10
d["n"] = d.get("n", 0) + 1
lst = [1, 2, 3]
lst[1] *= 7
lst[-1] -= 10
class O:
    pass
o = O()
o.v = 2
o.v **= 10
print(d, lst, o.v)
i = j = k = 0
i, j = j + 1, i + 2
print(i, j, k)
