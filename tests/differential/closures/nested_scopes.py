# three levels of nested functions, nonlocal across levels, shadowing
x = "global"
def level1():
    x = "level1"
    def level2():
        def level3():
            return x
        return level3()
    def shadow():
        x = "shadow"
        return x
    return level2(), shadow(), x
print(level1(), x)
def counter_tree():
    n = 0
    def a():
        nonlocal n
        n += 1
        def b():
            nonlocal n
            n += 10
            return n
        return b()
    a(); a()
    return n
print(counter_tree())
