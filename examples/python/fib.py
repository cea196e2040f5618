"""Recursive Fibonacci: a deterministic CPU-bound program for `molt run` (see docs/cli.md).

Prints fib(0) .. fib(25), one per line, then fib(30). Uses only what the C backend compiles today:
functions (without annotations: the runtime has no function `__annotations__` yet), recursion,
comparisons, int arithmetic, loops over range, f-strings and print.
"""


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    for i in range(26):
        print(f"fib({i}) = {fib(i)}")
    print("fib(30) =", fib(30))


if __name__ == "__main__":
    main()
