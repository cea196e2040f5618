def safe_div(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        print("caught")
        return None


print(safe_div(7, 2))
print(safe_div(1, 0))
try:
    raise ValueError
except ValueError as e:
    print("got", e)
raise KeyError
