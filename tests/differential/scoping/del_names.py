# del of locals, globals and attributes
g = 1
def f():
    global g
    del g
f()
try:
    print(g)
except NameError as e:
    print("NameError", e)
class O:
    pass
o = O()
o.a = 1
del o.a
print(hasattr(o, "a"))
def local_del():
    v = 5
    del v
    try:
        return v
    except UnboundLocalError as e:
        return "UnboundLocalError " + str(e)
print(local_del())
