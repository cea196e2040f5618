# Augmented assignment evaluates the target's parts once: object, key, then the value, then the in-place op.
def f(v):
    o().x += v
    o()[k()] -= v
    o()[i():j()] *= v
    n = 0
    n |= v
    return n
# check: func @f(obj)
# check: name = "o"
# nextln: v3 = py.call v2
# nextln: v4 = py.getattr v3 {loc = [3, 4], name = "x"}
# nextln: v5 = py.inplace.add v4, v0
# nextln: py.setattr v3, v5 {loc = [3, 4], name = "x"}
# check: v7 = py.call v6
# check: v9 = py.call v8
# nextln: v10 = py.getitem v7, v9
# nextln: v11 = py.inplace.sub v10, v0
# nextln: py.setitem v7, v9, v11
# check: v19 = py.build_slice v15, v17, v18
# nextln: v20 = py.getitem v13, v19
# nextln: v21 = py.inplace.mul v20, v0
# nextln: py.setitem v13, v19, v21
# check: v22 = py.const.int {value = 0}
# nextln: v23 = py.inplace.bitor v22, v0
# nextln: cf.return v23
