# A comprehension is its own function; the first iterable is evaluated (and iter()'d) in the enclosing scope.
def f(xs, ys):
    return [x * y for x in xs if x for y in ys]

def g(xs):
    return (x for x in xs)
# check: func @f(obj, obj)
# nextln: ^bb0(v0: obj, v1: obj):
# nextln: v2 = py.cell.new v1
# nextln: v3 = py.iter v0
# check: v6 = py.make_function v4, v5, v2 {code = @f.listcomp, qualname = "f.<locals>.<listcomp>"}
# nextln: v7 = py.call v6, v3
# check: func @f.listcomp(cell, obj) -> obj attributes {argnames = [".0"]
# check: v4 = py.build_list
# check: v5, v6 = py.next v1
# check: v8 = py.cell.get v0 {loc = [3, 44], name = "ys"}
# nextln: v9 = py.iter v8
# check: py.mul
# nextln: py.list_append v4,
# check: func @g.genexpr(obj) -> obj attributes {{.*}}kind = "generator"
# check: v4 = py.yield v2
