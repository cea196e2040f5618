# builtin exceptions raised by the runtime and their messages
cases = [
    lambda: [1, 2][5],
    lambda: (1,)[-3],
    lambda: "abc"[10],
    lambda: {"a": 1}["b"],
    lambda: int("1.5"),
    lambda: float("x"),
    lambda: 1 + "1",
    lambda: "a" * "b",
    lambda: len(5),
    lambda: None.attr,
    lambda: [].pop(),
    lambda: {}.pop("k"),
    lambda: 10 // 0,
    lambda: 10 % 0,
    lambda: 1.0 / 0,
    lambda: undefined_name,
    lambda: next(iter([])),
    lambda: [1, 2].index(3),
    lambda: (1, 2) < (1, "a"),
    lambda: hash([]),
    lambda: int(None),
    lambda: "x".foo(),
    lambda: abs("s"),
    lambda: chr(-1),
    lambda: ord("ab"),
]
for i, c in enumerate(cases):
    try:
        c()
        print(i, "no error")
    except Exception as e:
        print(i, type(e).__name__, e)
