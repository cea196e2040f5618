# an uncaught exception raised from another one (chained traceback)
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError(f"cannot parse {text!r}") from e

print(parse("12"))
print(parse("x12"))
