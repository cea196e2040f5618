# f-strings: py.format per field with conversion and a (possibly nested) spec, then py.build_string.
def f(x, w):
    return f"a{x!r:>{w}}b{x}"
# check: v2 = py.const.str {value = "a"}
# nextln: v3 = py.const.str {value = ">"}
# nextln: v4 = py.const.str {value = ""}
# nextln: v5 = py.format v1, v4
# nextln: v6 = py.build_string v3, v5
# nextln: v7 = py.format v0, v6 {conversion = "r"
# nextln: v8 = py.const.str {value = "b"}
# nextln: v9 = py.const.str {value = ""}
# nextln: v10 = py.format v0, v9 {loc
# nextln: v11 = py.build_string v2, v7, v8, v10
