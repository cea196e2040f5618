# exception classes with inheritance caught by their bases
class AppError(Exception):
    code = 1

class NetError(AppError):
    code = 2

class TimeoutError_(NetError):
    code = 3

for cls in [AppError, NetError, TimeoutError_, ValueError]:
    try:
        raise cls("boom")
    except NetError as e:
        print("net", type(e).__name__, e.code, e)
    except AppError as e:
        print("app", type(e).__name__, e.code)
    except Exception as e:
        print("other", type(e).__name__)
print([k.__name__ for k in TimeoutError_.__mro__])
print(issubclass(TimeoutError_, Exception), issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
