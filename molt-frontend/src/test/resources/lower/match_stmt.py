# match: the subject once; patterns tested left to right; captures bound only after the whole pattern matched.
def f(p):
    match p:
        case [1, *rest]:
            return rest
        case {"k": v, **kw}:
            return v, kw
        case Point(x=0, y=yy) | Point(0, yy):
            return yy
        case None:
            return 0
        case str() as s if s:
            return s
        case _:
            return -1
# The subject is the parameter itself, evaluated once; sequence then mapping then class patterns.
# check: v7 = py.match_sequence v0
# check: v10 = py.match_mapping v0
# check: v11 = py.len v0
# nextln: value = 1
# nextln: v13 = py.ge v11, v12
# check: v15, v16 = py.unpack_ex v0 {after = 0, before = 1
# nextln: value = 1
# nextln: v18 = py.eq v15, v17
# check: ^bb4:
# nextln: cf.return v16
# check: v23 = py.match_class v0, v21, v22 {count = 0
# check: v33 = py.match_keys v0, v32
# check: v39 = py.dict_without_keys v0, v32
# nextln: v40 = py.build_tuple v38, v39
# check: v42 = py.is v0, v41
# check: ^bb10(v44: obj):
# check: py.match_class v0, v46, v47 {count = 2
# check: cf.br ^bb10(v58)
# check: cf.br ^bb10(v65)
# The guard runs after the capture:
# check: ^bb19:
# nextln: v76 = py.truthy v0
