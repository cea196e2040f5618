# the builtin exception hierarchy
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (KeyError, LookupError),
    (IndexError, LookupError), (ValueError, Exception), (TypeError, Exception), (StopIteration, Exception),
    (RecursionError, RuntimeError), (NotImplementedError, RuntimeError), (AttributeError, Exception),
    (NameError, Exception), (UnboundLocalError, NameError), (Exception, BaseException),
    (KeyboardInterrupt, Exception), (SystemExit, BaseException), (AssertionError, Exception),
]
for sub, base in pairs:
    print(sub.__name__, base.__name__, issubclass(sub, base))
try:
    raise IndexError("i")
except LookupError as e:
    print("caught by LookupError:", repr(e))
try:
    raise UnboundLocalError("u")
except NameError as e:
    print("caught by NameError:", type(e).__name__)
