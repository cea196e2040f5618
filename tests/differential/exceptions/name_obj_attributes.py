# NameError.name and AttributeError.name/.obj: None when made by the program, the name and object when raised by
# a lookup; they are members (not in __dict__), settable
print(NameError("x").name, AttributeError("y").name, AttributeError("y").obj)
try:
    undefined_thing
except NameError as e:
    print(e.name, e.args)
try:
    (1).foo
except AttributeError as e:
    print(e.name, e.obj)
try:
    ValueError().name
except AttributeError as e:
    print(e)
try:
    [].apend
except AttributeError as e:
    print(e.__dict__, e.name, e.obj)
    e.name = "changed"
    print(e.name, e.__dict__)
