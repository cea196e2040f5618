# str() and repr() of exceptions built with zero, one and several arguments
for args in [(), ("msg",), (1,), ("a", 2), (None,), ([1, 2],)]:
    for cls in (Exception, ValueError, KeyError, IndexError):
        e = cls(*args)
        print(cls.__name__, repr(str(e)), repr(e), e.args)
