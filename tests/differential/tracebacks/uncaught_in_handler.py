# an exception raised while handling another (implicit context)
data = [1, 2, 0]
try:
    print([10 // d for d in data])
except ZeroDivisionError:
    print("handling")
    missing = {}["key"]
