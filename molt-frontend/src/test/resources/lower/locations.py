# May-raise ops carry loc = [line, col] (CPython's lineno and UTF-8 col_offset); functions name their source.
x = 1
y = (x +
     undefined_name)
# check: func @__module__() -> obj attributes {{.*}}source = "locations.py"
# check: v1 = py.load_global {loc = [3, 5], name = "x"}
# nextln: v2 = py.load_global {loc = [4, 5], name = "undefined_name"}
# nextln: v3 = py.add v1, v2 {loc = [3, 5]}
