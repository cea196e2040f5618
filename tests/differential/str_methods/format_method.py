# str.format with positions, names, specs and conversions
print("{} {} {}".format(1, "two", 3.0), "{1}{0}{1}".format("a", "b"), "{x}-{y}".format(x=1, y=[2]))
print("{:>6}|{:<6}|{:^6}|{:*^7}".format("ab", "cd", "ef", "g"))
print("{:d} {:5d} {:+d} {:x} {:#b} {:,}".format(42, 42, 42, 255, 5, 1234567))
print("{:.3f} {:10.2e} {:g}".format(3.14159, 12345.678, 1e-7))
print("{!r} {!s}".format("q", "s"), "{0!r:>8}|".format("q"), "{{literal}} {}".format(7))
print("{0[1]} {1[k]} {2[0]}".format([5, 6], {"k": "v"}, (3,)))
for i in range(3):
    print("{:02d}:{:<4}|".format(i, "x" * i))
