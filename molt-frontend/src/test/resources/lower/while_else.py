# while/else: the test in the loop header; break skips the else; continue goes to the header.
def f(n):
    while n > 0:
        n = n - 1
        if n == 5:
            break
        if n == 7:
            continue
    else:
        n = -1
    return n
# check: ^bb0(v0: obj):
# nextln: cf.br ^bb1(v0)
# nextln: ^bb1(v1: obj):
# nextln: value = 0
# nextln: v3 = py.gt v1, v2
# nextln: v4 = py.truthy v3
# nextln: cf.cond_br v4, ^bb2, ^bb3
# check: ^bb3:
# check: py.neg
# nextln: cf.br ^bb4(v11)
# check: ^bb5:
# nextln: cf.br ^bb4(v6)
# check: ^bb8:
# nextln: cf.br ^bb1(v6)
