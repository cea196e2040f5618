# NameError with no suggestion: no local, global or builtin name is close to the missing one
def work(alpha, beta):
    gamma = alpha + beta
    print("gamma", gamma)
    return gamma * zzyzx_quux

print(work(1, 2) if False else "start")
work(3, 4)
