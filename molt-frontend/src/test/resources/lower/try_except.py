# except clauses test in order; `as e` is cleared on exit; an unmatched exception is re-raised.
def f():
    try:
        r = g()
    except (KeyError, IndexError) as e:
        r = e
    except ValueError:
        raise
    else:
        r = 1
    return r
# check: v3 = py.call v2 {loc = [4, 12]} unwind ^bb1
# nextln: v4 = py.const.int {value = 1}
# nextln: cf.br ^bb2(v4)
# check: ^bb1(v5: obj):
# nextln: v6 = py.exc_push v5
# nextln: name = "KeyError"} unwind ^bb3
# nextln: name = "IndexError"} unwind ^bb3
# nextln: v9 = py.build_tuple v7, v8
# nextln: v10 = py.exc_match v5, v9 {loc = [5, 4]} unwind ^bb3
# nextln: cf.cond_br v10, ^bb4, ^bb5
# check: ^bb4:
# check: py.const.none
# nextln: py.const.unbound
# nextln: py.exc_pop v6
# nextln: cf.br ^bb2(
# check: ^bb5:
# nextln: name = "ValueError"} unwind ^bb3
# nextln: py.exc_match v5
# check: ^bb7:
# nextln: cf.raise v5 unwind ^bb3
# check: ^bb8:
# nextln: py.exc_pop v6
# nextln: cf.raise v5
