# PEP 695: type parameters are made by intrinsics in a hidden <generic parameters of X> function, called at once.
type Alias = list[int]
type Pair[T] = tuple[T, T]
def first[T: int, *Ts, **P](x: T, y=dflt()) -> T:
    return x
class Box[T](Base):
    def get(self) -> T:
        return self.item
class P[__T]:
    x: __T
class K:
    type A = int
    def m[T](self, x: T) -> A: ...
# In a class, annotation scopes read names through the class namespace first (__classdict__):
# check: func @__module__()
# check: v{{[0-9]+}} = py.make_function {{.*}} {code = @Alias, qualname = "Alias"}
# nextln: py.const.str {value = "Alias"}
# nextln: py.build_tuple
# nextln: py.intrinsic {{.*}}name = "typealias"
# check: py.store_global {{.*}}name = "Alias"
# check: {code = @generic_parameters_of_Pair
# nextln: py.call v{{[0-9]+}} {loc = [3, 0]}
# check: py.store_global {{.*}}name = "Pair"
# check: name = "dflt"
# not: dflt
# check: py.build_tuple
# check: {code = @generic_parameters_of_first
# nextln: py.call v{{[0-9]+}}, v{{[0-9]+}} {loc = [4, 0]}
# nextln: py.store_global {{.*}}name = "first"
# check: func @Alias()
# check: name = "list"
# check: func @generic_parameters_of_first(obj) -> obj
# check: name = "typevar_with_bound"
# check: name = "typevartuple"
# check: name = "paramspec"
# check: py.make_function v0, {{.*}}code = @first
# check: name = "set_function_type_params"
# check: func @generic_parameters_of_Box()
# check: name = "typevar"
# check: name = "subscript_generic"
# check: py.build_list
# nextln: py.list_append
# nextln: py.list_to_tuple
# check: py.make_class
# check: func @Box(cell, cell, obj)
# check: name = "__type_params__"
# A generic class's type-parameter scope mangles private names with the class name:
# check: func @generic_parameters_of_P()
# check: value = "__T"
# nextln: v4 = py.intrinsic v3 {{.*}}name = "typevar"
# nextln: py.cell.set v2, v4
# check: func @P(cell, cell, obj) -> obj attributes {firstlineno = 9, freevars = [".type_params", "_P__T"]
# check: py.cell.get v1 {{.*}}name = "_P__T"
# check: func @K(obj)
# check: py.cell.new v0
# check: func @K.generic_parameters_of_m(cell, obj)
# check: py.cell.get v0 {{.*}}name = "__classdict__"
# nextln: py.const.str {value = "A"}
# nextln: py.in
