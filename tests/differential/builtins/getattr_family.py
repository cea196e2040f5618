# getattr/setattr/hasattr on objects, classes and builtins
class Config:
    debug = False
    level = 1

c = Config()
for name in ["debug", "level", "missing"]:
    print(name, hasattr(c, name), getattr(c, name, None))
setattr(c, "level", 5)
setattr(Config, "debug", True)
print(c.level, Config.level, c.debug)
print(hasattr("s", "upper"), hasattr([], "append"), getattr("abc", "upper")(), getattr([3, 1], "index")(1))
print(hasattr(1, "real"), callable(getattr(c, "level")), callable(getattr("x", "strip")))
