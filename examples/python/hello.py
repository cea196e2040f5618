"""Hello, world: the smallest program, whose executable size docs/performance.md tracks."""

print("Hello, world!")
