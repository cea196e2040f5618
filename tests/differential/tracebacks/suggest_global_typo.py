# NameError "Did you mean" from the module's globals: a typo of a global at module level
counter = 0
for i in range(5):
    counter += i
    print("counter", counter)
totals = [counter, counter * 2]
print(totals)
print(countr)
