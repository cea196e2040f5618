# pass, del on names, list items and dict keys; NameError after del
def empty():
    pass

class Empty:
    pass

print(empty(), type(Empty()).__name__)
a = 1
b = [1, 2, 3, 4]
c = {"x": 1, "y": 2}
del b[0], c["x"]
print(b, c)
del a
try:
    print(a)
except NameError as e:
    print("NameError", e)
for i in range(3):
    pass
print(i)
