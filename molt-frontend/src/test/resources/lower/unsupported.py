# A star pattern outside a sequence pattern cannot be written; a 'return' at module level is rejected by the
# lowering (CPython's compiler reports it as a SyntaxError).
x = 1
return x
# error: unsupported.py:4:1: error: unsupported: 'return' outside function
