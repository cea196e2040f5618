# Walrus in a comprehension binds in the enclosing function (a cell); module-level names are globals.
def f(xs):
    ys = [last := x for x in xs]
    return last, ys
counter = 0
# check: v3 = py.const.int {value = 0}
# nextln: py.store_global v3 {name = "counter"}
# check: func @f(obj)
# check: v2 = py.cell.new
# check: py.make_function v4, v5, v2 {code = @f.listcomp
# check: py.cell.get v2 {loc = [4, 11], name = "last"}
# check: func @f.listcomp(cell, obj) -> obj attributes {{.*}}freevars = ["last"]
# check: py.cell.set v0, v4
# nextln: py.list_append v3, v4
