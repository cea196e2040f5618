# insertion order survives deletes and re-inserts; iteration over a large dict
d = {}
for i in range(20):
    d[(i * 7) % 20] = i
print(list(d.items()))
for k in list(d):
    if k % 3 == 0:
        del d[k]
print(list(d))
d[0] = "back"
d[3] = "again"
print(list(d))
big = {str(i): i for i in range(1000)}
print(len(big), sum(big.values()), list(big)[:5], list(big)[-3:])
for i in range(0, 1000, 2):
    del big[str(i)]
print(len(big), list(big)[:5])
