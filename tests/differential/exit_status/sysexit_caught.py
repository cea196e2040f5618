# SystemExit can be caught like other exceptions, then the program exits with another status
try:
    raise SystemExit(5)
except SystemExit as e:
    print("caught exit with code", e.code, e.args)
try:
    raise SystemExit
except SystemExit as e:
    print("bare exit code", e.code)
print("exception is BaseException:", isinstance(SystemExit(), BaseException), isinstance(SystemExit(), Exception))
raise SystemExit(42)
