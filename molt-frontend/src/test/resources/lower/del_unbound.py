# Locals are SSA values; a local that may be unbound is read through py.check_bound; del unbinds.
def f(a):
    b = a
    del b
    return b
# check: func @f(obj)
# nextln: ^bb0(v0: obj):
# nextln: v1 = py.const.unbound
# nextln: v2 = py.check_bound v0 {loc = [4, 4], name = "b"}
# nextln: v3 = py.const.unbound
# nextln: v4 = py.check_bound v3 {loc = [5, 11], name = "b"}
# nextln: cf.return v4
