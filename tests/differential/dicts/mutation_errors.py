# changing a dict or set while iterating it raises RuntimeError
d = {i: i for i in range(5)}
try:
    for k in d:
        if k == 2:
            d[10] = 10
except RuntimeError as e:
    print("RuntimeError", e)
s = {1, 2, 3}
try:
    for v in s:
        s.add(v + 10)
except RuntimeError as e:
    print("RuntimeError", e)
d2 = {i: i for i in range(5)}
for k in list(d2):
    if k % 2:
        del d2[k]
print(d2)
try:
    for k in d2:
        del d2[k]
except RuntimeError as e:
    print("RuntimeError", e)
print(len(d2))
