# a NameError from a typo
def compute():
    value = 10
    return valeu * 2

print("start")
compute()
