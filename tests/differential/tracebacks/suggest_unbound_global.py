# NameError for a global assigned later in the module: only globals bound when the error is printed are candidates
value_a = 1
print("value_a", value_a)

def use():
    return value_b + 1

print(use() if False else "before")
use()
value_b = 2
