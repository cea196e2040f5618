# an uncaught exception whose message has several lines: the last stderr line is its last line
def check(items):
    problems = [f"item {i}: {v!r} is negative" for i, v in enumerate(items) if v < 0]
    if problems:
        raise ValueError("invalid input:\n" + "\n".join(problems))
    return sum(items)

print(check([1, 2, 3]))
print(check([1, -2, 3, -4]))
