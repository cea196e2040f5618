# Regression (found on lib2to3/pgen2/pgen.py): a variable read after a loop whose header holds an `or`. SSA
# construction once returned a block parameter it had already removed as trivial; the read must be the value
# defined before the loop.
def parse_alt(self):
    a, b = self.parse_item()
    while (self.value or self.type):
        b = d
    return a, b
# check: func @parse_alt(obj)
# check: v5, v6 = py.unpack_sequence v4
# nextln: cf.br ^bb1(v6)
# check: ^bb1(v7: obj):
# check: ^bb4:
# nextln: v11 = py.check_bound v7
# nextln: v12 = py.build_tuple v5, v11
