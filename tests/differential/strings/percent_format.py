# printf-style % formatting
print("%d items" % 5, "%s and %s" % ("a", "b"), "%r" % "q", "%5d|%-5d|%05d" % (42, 42, 42))
print("%.2f %8.3f %-8.1f| %e %g" % (3.14159, 2.5, -1.25, 12345.678, 0.0001))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8), "%c%c" % (72, "i"), "100%%")
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30}, "%s" % [1, 2], "%s" % (None,))
print("%+d %+d % d" % (5, -5, 5), "%10s|%-10s|" % ("right", "left"), "%.3s" % "abcdef")
