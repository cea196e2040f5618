# SystemExit with a string: printed to stderr, status 1
def fail(msg):
    raise SystemExit(msg)

print("checking")
fail("fatal: configuration missing")
