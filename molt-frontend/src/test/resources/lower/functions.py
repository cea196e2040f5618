# def: decorators, then defaults, kw-only defaults, annotations, make_function, decorators applied innermost first.
@d1
@d2
def f(a, /, b: int = dflt(), *args, c, e=kd(), **kw) -> ret:
    return a

lam = lambda x, y=1: x + y
# check: v0 = py.load_global {loc = [2, 1], name = "d1"}
# nextln: v1 = py.load_global {loc = [3, 1], name = "d2"}
# check: name = "dflt"
# nextln: v4 = py.call v3
# nextln: v5 = py.build_tuple v4
# nextln: v6 = py.const.str {value = "e"}
# nextln: name = "kd"
# nextln: v8 = py.call v7
# nextln: v9 = py.build_dict v6, v8
# nextln: v10 = py.const.str {value = "b"}
# nextln: name = "int"
# nextln: v12 = py.const.str {value = "return"}
# nextln: name = "ret"
# nextln: v14 = py.build_dict v10, v11, v12, v13
# nextln: v15 = py.make_function v5, v9 {code = @f, qualname = "f"}
# nextln: py.setattr v15, v14 {loc = [4, 0], name = "__annotations__"}
# nextln: v16 = py.call v1, v15
# nextln: v17 = py.call v0, v16
# nextln: py.store_global v17 {name = "f"}
# check: py.make_function v20, v21 {code = @lambda, qualname = "<lambda>"}
# check: func @f(obj, obj, obj, obj, obj, obj) -> obj attributes {argnames = ["a", "b", "c", "e", "args", "kw"], firstlineno = 4, kind = "plain", kwonlyargs = 2, posonlyargs = 1, qualname = "f", source = "functions.py", varargs = true, varkeywords = true, varnames = ["a", "b", "c", "e", "args", "kw"]}
# check: func @lambda(obj, obj)
# nextln: ^bb0(v0: obj, v1: obj):
# nextln: v2 = py.add v0, v1
# nextln: cf.return v2
