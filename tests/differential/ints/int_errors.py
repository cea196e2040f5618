# errors of int operations, caught
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("div", lambda: 1 // 0)
attempt("mod", lambda: 5 % 0)
attempt("divmod", lambda: divmod(3, 0))
attempt("truediv", lambda: 3 / 0)
attempt("int-bad", lambda: int("12a"))
attempt("int-empty", lambda: int(""))
attempt("int-base", lambda: int("9", 8))
attempt("neg-shift", lambda: 1 << -1)
attempt("pow-mod0", lambda: pow(2, 3, 0))
attempt("add-str", lambda: 1 + "a")
attempt("ok", lambda: 7 // 2)
