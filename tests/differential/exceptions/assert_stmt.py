# assert statements with and without messages
def check(x):
    assert x > 0, f"x must be positive, got {x}"
    assert x != 5
    return x

for v in (1, -2, 5, 7):
    try:
        print(check(v))
    except AssertionError as e:
        print("AssertionError", repr(e), e.args)
