# The value is evaluated before the targets' subexpressions; targets are assigned left to right.
def f():
    a()[b()] = c()
    x = y = g()
    p, *q, r = h()
    return x, y, p, q, r
# check: name = "c"
# nextln: v6 = py.call v5
# nextln: name = "a"
# nextln: v8 = py.call v7
# nextln: name = "b"
# nextln: v10 = py.call v9
# nextln: py.setitem v8, v10, v6
# check: v12 = py.call v11
# check: v15, v16, v17 = py.unpack_ex v14 {after = 1, before = 1
# nextln: v18 = py.build_tuple v12, v12, v15, v16, v17
