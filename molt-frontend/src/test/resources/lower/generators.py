# Generators and coroutines keep py.yield/py.await ops and a kind attribute for the state-machine pass.
def gen(n):
    x = yield n
    y = yield from sub(x)
    return y

async def coro(it):
    async for v in it:
        await v
# check: func @gen(obj) -> obj attributes {{.*}}kind = "generator"
# check: v3 = py.yield v0
# check: v5 = py.call v4, v3
# nextln: v6 = py.yield_from v5
# nextln: cf.return v6
# check: func @coro(obj) -> obj attributes {{.*}}kind = "coroutine"
# check: v2 = py.aiter v0
# check: ^bb1:
# nextln: v3 = py.anext v2
# nextln: v4 = py.await v3 {loc = [8, 4]} unwind ^bb4
# nextln: v5 = py.await v4 {loc = [9, 8]}
# nextln: cf.br ^bb1
# check: ^bb4(v7: obj):
# nextln: v8 = py.builtin {name = "StopAsyncIteration"}
# nextln: v9 = py.exc_match v7, v8
# nextln: cf.cond_br v9, ^bb2, ^bb5
