# Variable annotations at module and class level go to __annotations__; in functions they are not evaluated.
a: int = 1
class C:
    b: str
def f():
    c: undefined = 2
    return c
# check: v0 = py.build_dict
# nextln: py.store_global v0 {name = "__annotations__"}
# nextln: v1 = py.const.int {value = 1}
# nextln: py.store_global v1 {name = "a"}
# nextln: v2 = py.load_global {loc = [2, 3], name = "int"}
# nextln: v3 = py.load_global {loc = [2, 0], name = "__annotations__"}
# nextln: v4 = py.const.str {value = "a"}
# nextln: py.setitem v3, v4, v2
# check: func @C(obj)
# check: name = "__annotations__"}
# nextln: v4 = py.load_name v0 {loc = [4, 7], name = "str"}
# check: func @f()
# not: undefined
# check: cf.return
