# A finally body runs on the normal path, on the exceptional path (under exc_push/exc_pop) and before return.
def f():
    try:
        return g()
    finally:
        cleanup()

def loop(xs):
    for x in xs:
        try:
            if x:
                break
            continue
        finally:
            done()
# The return value is computed, then the finally body runs, then the function returns it.
# check: func @f()
# nextln: ^bb0:
# nextln: name = "g"} unwind ^bb1
# nextln: v1 = py.call v0 {loc = [4, 15]} unwind ^bb1
# nextln: name = "cleanup"}
# nextln: py.call v2 {loc = [6, 8]}
# nextln: cf.return v1
# check: ^bb1(v4: obj):
# nextln: v5 = py.exc_push v4
# nextln: name = "cleanup"} unwind ^bb2
# nextln: unwind ^bb2
# nextln: py.exc_pop v5
# nextln: cf.raise v4
# check: ^bb2(v8: obj):
# nextln: py.exc_pop v5
# nextln: cf.raise v8
# break and continue run the finally body before they jump:
# check: func @loop(obj)
# check: ^bb6:
# nextln: name = "done"
# nextln: py.call
# nextln: cf.br ^bb4
# check: name = "done"
# nextln: py.call
# nextln: cf.br ^bb1
