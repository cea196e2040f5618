# and/or return operands; short-circuiting
log = []
def t(x):
    log.append(x)
    return x

print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default", "" or [] or 0, [1] and "yes")
print(t(0) and t(1), log)
print(t(3) or t(4), log)
print(not 0, not "x", not not [], (1 < 2) and (2 < 3), (1 > 2) or (3 > 2))
x = 5
print(0 < x < 10, 0 < x > 10, x == 5 == 5.0, x is not None, None is None)
