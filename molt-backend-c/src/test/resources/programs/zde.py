def div(a, b):
    return a // b


print("start")
print(div(7, 2))
print(div(1, 0))
print("not reached")
