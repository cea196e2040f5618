# Imports: py.import/py.import_from; the static module graph is the imports attribute of @__module__.
import os.path
import a.b.c as d
from . import sibling
from ..pkg import name as alias
from m import *
# check: func @__module__() -> obj attributes {imports = ["os.path", "a.b.c", ".", "..pkg", "m"]
# nextln: ^bb0:
# nextln: v0 = py.import {level = 0, loc = [2, 7], name = "os.path"}
# nextln: py.store_global v0 {name = "os"}
# nextln: v1 = py.import {level = 0, loc = [3, 7], name = "a.b.c"}
# nextln: v2 = py.import_from v1 {loc = [3, 7], name = "b"}
# nextln: v3 = py.import_from v2 {loc = [3, 7], name = "c"}
# nextln: py.store_global v3 {name = "d"}
# nextln: v4 = py.import {fromlist = ["sibling"], level = 1, loc = [4, 0], name = ""}
# nextln: py.import_from v4 {loc = [4, 14], name = "sibling"}
# check: v6 = py.import {fromlist = ["name"], level = 2, loc = [5, 0], name = "pkg"}
# nextln: v7 = py.import_from v6 {loc = [5, 18], name = "name"}
# nextln: py.store_global v7 {name = "alias"}
# nextln: v8 = py.import {fromlist = ["*"], level = 0, loc = [6, 0], name = "m"}
# nextln: py.import_star v8
