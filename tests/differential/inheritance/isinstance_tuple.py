# isinstance/issubclass with tuples and builtin types
values = [1, 2.0, "s", [1], (1,), {1: 2}, {1}, None, True, Exception("x")]
for v in values:
    print(repr(v), isinstance(v, (int, float)), isinstance(v, (list, tuple)), isinstance(v, object),
          isinstance(v, bool), type(v).__name__)
print(issubclass(bool, int), issubclass(int, (str, float)), issubclass(KeyError, (IndexError, LookupError)))
