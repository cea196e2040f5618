# an uncaught BaseException subclass that is not an Exception
class Abort(BaseException):
    pass

try:
    raise Abort("abort!")
except Exception:
    print("not caught here")
