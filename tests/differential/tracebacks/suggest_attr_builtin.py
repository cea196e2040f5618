# AttributeError "Did you mean" on builtin objects: a list method typo
items = [3, 1, 2]
items.sort()
print(items)
words = "a b c".split()
print(words)
try:
    "abc".uper()
except AttributeError as e:
    print("caught:", e)
items.apend(4)
