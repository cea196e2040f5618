for cls in (FileNotFoundError, PermissionError, ConnectionResetError, TimeoutError, TabError, UserWarning,
            DeprecationWarning, UnicodeDecodeError, EnvironmentError, IOError):
    print(cls.__name__, [c.__name__ for c in cls.__mro__])
try:
    raise FileNotFoundError("missing.txt")
except OSError as e:
    print(type(e).__name__, e, isinstance(e, FileNotFoundError))
try:
    raise ConnectionRefusedError("nope")
except ConnectionError as e:
    print(repr(e))
print(NotImplemented, IOError is OSError)
print("abc".isidentifier(), "_x1".isidentifier(), "1x".isidentifier(), "".isidentifier(), "é名".isidentifier(), "a-b".isidentifier())
