# the LEGB rule: local, enclosing, global, builtin
x = "global x"
def enclosing():
    x = "enclosing x"
    def local():
        x = "local x"
        return x
    def enc():
        return x
    return local(), enc()
def glob():
    return x
def builtin():
    return max([3, 9, 2])
print(enclosing(), glob(), builtin())
max = lambda *a: "module-level max"
print(builtin())
del max
print(builtin())
