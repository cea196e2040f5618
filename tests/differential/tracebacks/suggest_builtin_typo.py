# NameError "Did you mean" from the builtins: lenn -> len, inside a function
def measure(items):
    size = 0
    for item in items:
        size += 1
    print("counted", size)
    return lenn(items)

print(measure([1, 2, 3]) if False else "skip")
measure(["a", "b"])
