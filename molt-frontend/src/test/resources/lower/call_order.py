# Call arguments: callee, positional (starred in place), then keywords (** in place), CPython's order.
f(a(), b(), *d(), k=c(), **e())
g(1, sep="x")
# check: v{{[0-9]+}} = py.load_global {loc = [2, 0], name = "f"}
# check: = py.load_global {loc = [2, 2], name = "a"}
# check: = py.load_global {loc = [2, 7], name = "b"}
# check: py.build_list
# check: = py.load_global {loc = [2, 13], name = "d"}
# check: py.list_extend
# check: py.list_to_tuple
# check: = py.load_global {loc = [2, 20], name = "c"}
# check: = py.build_dict
# check: = py.load_global {loc = [2, 27], name = "e"}
# check: py.dict_merge
# check: = py.call_ex
# check: py.call {{v[0-9]+, v[0-9]+, v[0-9]+}} {kwnames = ["sep"]
