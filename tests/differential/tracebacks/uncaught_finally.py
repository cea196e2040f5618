# finally blocks run before an uncaught exception ends the program
def work():
    try:
        print("working")
        raise ValueError("bad value 42")
    finally:
        print("cleanup 1")

try:
    work()
finally:
    print("cleanup 2")
