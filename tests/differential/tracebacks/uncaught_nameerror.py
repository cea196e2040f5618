# a NameError from a typo of a local: "Did you mean" searches the frame's local names first
def compute():
    value = 10
    return valeu * 2

print("start")
compute()
