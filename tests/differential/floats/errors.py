# float errors
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("div", lambda: 1.0 / 0)
attempt("floordiv", lambda: 1.0 // 0.0)
attempt("mod", lambda: 1.5 % 0)
attempt("intdiv", lambda: 5 / 0.0)
attempt("parse", lambda: float("abc"))
attempt("parse2", lambda: float("1.2.3"))
attempt("int-inf", lambda: int(float("inf")))
attempt("int-nan", lambda: int(float("nan")))
attempt("pow", lambda: 0.0 ** -1)
attempt("overflow", lambda: 10.0 ** 400)
attempt("ok", lambda: 10.0 ** 200)
