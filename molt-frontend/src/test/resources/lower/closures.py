# Cell variables live in cells; a closure takes its free cells first; nonlocal writes the cell; global is global.
def outer(a):
    b = 1
    def inner(c):
        nonlocal b
        global counter
        b = b + a + c
        counter = b
        return b
    return inner
# check: func @outer(obj)
# nextln: ^bb0(v0: obj):
# nextln: v1 = py.cell.new v0
# nextln: v2 = py.cell.new
# check: py.cell.set v2, v4
# check: py.make_function v5, v6, v1, v2 {code = @outer.inner, qualname = "outer.<locals>.inner"}
# check: func @outer.inner(cell, cell, obj) -> obj attributes {{.*}}freevars = ["a", "b"]
# nextln: ^bb0(v0: cell, v1: cell, v2: obj):
# nextln: v3 = py.cell.get v1 {loc = [7, 12], name = "b"}
# nextln: v4 = py.cell.get v0 {loc = [7, 16], name = "a"}
# nextln: v5 = py.add v3, v4
# nextln: v6 = py.add v5, v2
# nextln: py.cell.set v1, v6
# nextln: v7 = py.cell.get v1
# nextln: py.store_global v7 {name = "counter"}
