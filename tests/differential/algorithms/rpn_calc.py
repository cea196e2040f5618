# a reverse-Polish calculator and an infix tokenizer
def rpn(expr):
    st = []
    for tok in expr.split():
        if tok in ("+", "-", "*", "/"):
            b = st.pop()
            a = st.pop()
            st.append(a + b if tok == "+" else a - b if tok == "-" else a * b if tok == "*" else a / b)
        else:
            st.append(float(tok) if "." in tok else int(tok))
    return st[0]
for e in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 3 4 * +", "10 4 /", "1.5 2 *"]:
    print(e, "=", rpn(e))
def tokenize(s):
    out = []
    num = ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            if num:
                out.append(int(num))
                num = ""
            if ch in "+-*/()":
                out.append(ch)
    if num:
        out.append(int(num))
    return out
print(tokenize("12+(34*5) - 6/2"))
try:
    rpn("1 +")
except IndexError as e:
    print("IndexError", e)
