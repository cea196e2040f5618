try:
    raise ValueError("bad")
except ValueError as e:
    print(e.args, str(e), repr(e))
e2 = KeyError("k")
print(e2.args, str(e2))
print(str(Exception()), Exception(1, 2).args, str(Exception(1, 2)))
class MyError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise MyError("oops", 7)
except MyError as e:
    print(e.args, str(e), e.code)
try:
    raise MyError("x", 1)
except Exception as e:
    print(type(e).__name__, e)
raise SystemExit(3)
