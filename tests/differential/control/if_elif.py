# if/elif/else chains, truthiness of values, conditional expressions
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n % 2 == 0 and n > 100:
        return "big even"
    elif n % 2 == 0:
        return "even"
    else:
        return "odd"

for n in [-5, 0, 1, 2, 101, 102, 7]:
    print(n, classify(n), "pos" if n > 0 else "non-pos")
for v in [0, 1, "", "a", [], [0], {}, {0: 0}, None, 0.0, -0.0, 0.1, (), (None,), set(), range(0), range(1)]:
    print(repr(v), bool(v), "truthy" if v else "falsy", not v)
