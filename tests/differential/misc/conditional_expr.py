# nested conditional expressions and their evaluation order
def sign(n):
    return "neg" if n < 0 else "zero" if n == 0 else "pos"
print([sign(n) for n in (-2, 0, 5)])
calls = []
def t(v):
    calls.append(v)
    return v
r = t("a") if t(True) else t("b")
print(r, calls)
grade = lambda s: "A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "F"
print([grade(s) for s in (95, 85, 75, 65, 90, 80)])
x = 7
print("odd" if x % 2 else "even", (x if x > 5 else 5) * 2, [1, 2][0 if x else 1])
