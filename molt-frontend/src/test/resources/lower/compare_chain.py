# a() < b() < c(): b() evaluated once, c() only if the first link holds; the result is the deciding link.
def f():
    return a() < b() < c()
# check: func @f()
# check: = py.load_global {loc = [3, 11], name = "a"}
# nextln: v1 = py.call v0
# check: = py.load_global {loc = [3, 17], name = "b"}
# nextln: v3 = py.call v2
# nextln: v4 = py.lt v1, v3
# nextln: v5 = py.truthy v4
# nextln: cf.cond_br v5, ^bb2, ^bb1(v4)
# check: ^bb1(v6: obj):
# nextln: cf.return v6
# check: ^bb2:
# nextln: name = "c"
# nextln: v8 = py.call v7
# nextln: v9 = py.lt v3, v8
# nextln: cf.br ^bb1(v9)
