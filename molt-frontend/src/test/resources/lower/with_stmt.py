# with: __enter__ then the body under an unwind edge to a handler that asks __exit__ whether to suppress.
def f(cm):
    with cm as x:
        return use(x)

async def g(acm):
    async with acm as y:
        await y
# check: func @f(obj)
# check: v2, v3 = py.with_enter v0
# nextln: name = "use"} unwind ^bb1
# nextln: v5 = py.call v4, v3 {loc = [4, 15]} unwind ^bb1
# nextln: v6 = py.const.none
# nextln: v7 = py.with_exit v2, v6
# nextln: cf.return v5
# check: ^bb1(v8: obj):
# nextln: v9 = py.exc_push v8
# nextln: v10 = py.with_exit v2, v8 {loc = [4, 8]} unwind ^bb3
# nextln: v11 = py.truthy v10 {loc = [4, 8]} unwind ^bb3
# nextln: py.exc_pop v9
# nextln: cf.cond_br v11, ^bb2, ^bb4
# check: ^bb4:
# nextln: cf.raise v8
# check: func @g(obj) -> obj attributes {{.*}}kind = "coroutine"
# check: v2, v3 = py.async_with_enter v0
# nextln: v4 = py.await v3
# nextln: v5 = py.await v4 {loc = [8, 8]} unwind ^bb1
# nextln: py.const.none
# nextln: v7 = py.with_exit v2, v6
# nextln: v8 = py.await v7
# check: v11 = py.with_exit v2, v9 {loc = [8, 8]} unwind ^bb3
# nextln: v12 = py.await v11 {loc = [8, 8]} unwind ^bb3
