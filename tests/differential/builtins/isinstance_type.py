# isinstance, issubclass and type() for builtin types
values = [0, 0.0, "", [], (), {}, set(), frozenset(), None, True, range(1), len]
for v in values:
    print(type(v).__name__, isinstance(v, int), isinstance(v, (str, list)), type(v) is bool)
print(issubclass(bool, int), issubclass(int, object), issubclass(list, (dict, list)), issubclass(float, int))
