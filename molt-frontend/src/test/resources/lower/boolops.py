# `or`/`and` return the deciding operand, short-circuiting; conditional expression.
def f():
    x = a() or b() and c()
    return p() if q() else r()
# check: func @f()
# check: name = "a"
# nextln: v2 = py.call v1
# nextln: v3 = py.truthy v2
# nextln: cf.cond_br v3, ^bb1(v2), ^bb2
# check: ^bb2:
# nextln: name = "b"
# nextln: v9 = py.call v8
# nextln: v10 = py.truthy v9
# nextln: cf.cond_br v10, ^bb4, ^bb3(v9)
# check: ^bb4:
# nextln: name = "c"
# nextln: v13 = py.call v12
# nextln: cf.br ^bb3(v13)
# check: ^bb5:
# nextln: name = "p"
# check: ^bb6:
# nextln: name = "r"
