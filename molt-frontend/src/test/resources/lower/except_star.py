# except*: split the group per clause; prep_reraise_star decides what to re-raise.
def f():
    try:
        g()
    except* ValueError as eg:
        h(eg)
# check: ^bb1(v3: obj):
# nextln: v4 = py.exc_push v3
# nextln: v5 = py.build_list
# nextln: name = "ValueError"
# nextln: v7, v8 = py.exc_group_match v3, v6
# check: ^bb4:
# nextln: name = "h"} unwind ^bb6
# nextln: py.call v14, v7 {loc = [6, 8]} unwind ^bb6
# check: ^bb5:
# nextln: py.list_append v5, v8
# nextln: v18 = py.intrinsic v3, v5 {loc = [6, 8], name = "prep_reraise_star"}
# check: ^bb6(v22: obj):
# check: py.list_append v5, v22
# check: ^bb8:
# nextln: py.exc_pop v4
# nextln: cf.raise v18
