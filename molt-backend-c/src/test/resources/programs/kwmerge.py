def f(a, b=0, **kw):
    return a, b, kw
args = {"a": 1}
more = {"b": 2, "c": 3}
print(f(**args, **more))
print(f(*[5], **more))
print(f(**args, **{"a": 9}))
