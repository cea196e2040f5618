# for loops over ranges and lists: negative steps, ints beyond 2**47, a list growing while iterated,
# range() argument errors
for i in range(2, -5, -2):
    print(i, end=" ")
print()
for i in range(2**46, 2**47 + 2, 2**46):
    print(i, end=" ")
print()
lst = [1, 2, 3]
for v in lst:
    if v == 1:
        lst.append(4)
    print(v, end=" ")
print()
print(list(range(3)), range(1, 10, 3), range(0))
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
try:
    range()
except TypeError as e:
    print(e)
try:
    range(1, 2, 3, 4)
except TypeError as e:
    print(e)
print(range(True, 3))

for i in range(-3, 3):
    for j in range(i, i + 2):
        print(i * j, end=",")
print()
it = iter(range(3))
print(next(it), list(it), list(it))
li = iter([1, 2])
print(next(li), next(li), next(li, "done"))
for i in range(5):
    if i == 2:
        break
print("stopped at", i)
print(sum(range(10**6)), sum([1.5, 2.5]))
