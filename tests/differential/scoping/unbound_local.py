# UnboundLocalError when a local is read before assignment
count = 10
def broken():
    count += 1
    return count
try:
    broken()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def conditional(flag):
    if flag:
        value = "set"
    return value
print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
