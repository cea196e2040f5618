# Decorators first, then the body function, bases, keywords; __module__/__qualname__; __class__ cell for super().
@deco
class C(Base, metaclass=Meta):
    """doc"""
    x = 1
    def m(self):
        return super().m()
# check: func @__module__()
# nextln: ^bb0:
# nextln: name = "deco"
# nextln: py.const.none
# nextln: py.const.none
# nextln: v3 = py.cell.new
# nextln: v4 = py.make_function v1, v2, v3 {code = @C, qualname = "C"}
# nextln: name = "Base"
# nextln: v6 = py.build_tuple v5
# nextln: v7 = py.build_dict
# nextln: name = "Meta"
# check: py.dict_merge v7
# nextln: v11 = py.make_class v4, v6, v7 {loc = [3, 0], name = "C", qualname = "C"}
# nextln: py.cell.set v3, v11
# nextln: v12 = py.call v0, v11
# nextln: py.store_global v12 {name = "C"}
# check: func @C(cell, obj)
# nextln: ^bb0(v0: cell, v1: obj):
# nextln: v2 = py.load_name v1 {loc = [3, 0], name = "__name__"}
# nextln: py.store_name v1, v2 {loc = [3, 0], name = "__module__"}
# nextln: value = "C"
# nextln: name = "__qualname__"
# nextln: value = "doc"
# nextln: name = "__doc__"
# check: py.make_function v6, v7, v0 {code = @C.m, qualname = "C.m"}
# check: func @C.m(cell, obj)
# nextln: ^bb0(v0: cell, v1: obj):
# nextln: v2 = py.load_global {loc = [7, 15], name = "super"}
# nextln: v3 = py.cell.get v0 {loc = [7, 15], name = "__class__"}
# nextln: v4 = py.call v2, v3, v1
