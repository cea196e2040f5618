# raise from; assert uses the builtin AssertionError itself; bare raise re-raises the handled exception.
def f(x):
    assert x, "msg"
    try:
        g()
    except E:
        raise
    raise ValueError("v") from x

def h():
    raise
# check: func @f(obj)
# nextln: ^bb0(v0: obj):
# nextln: v1 = py.truthy v0
# nextln: cf.cond_br v1, ^bb2, ^bb1
# nextln: ^bb1:
# nextln: v2 = py.builtin {name = "AssertionError"}
# nextln: v3 = py.const.str {value = "msg"}
# nextln: v4 = py.call v2, v3
# nextln: py.raise v4
# check: ^bb4:
# check: py.raise v13, v0 {loc = [8, 4]}
# check: ^bb6:
# nextln: cf.raise v7 unwind ^bb5
# check: func @h()
# nextln: ^bb0:
# nextln: py.reraise {loc = [11, 4]}
