def g():
    yield 1

print(list(g()))
