# printf-style formatting: widths from *, mapping keys, %r/%a, errors
print("%*d|%-*d|" % (5, 42, 5, 42), "%.*f" % (2, 3.14159), "%5.1s|" % "abc")
print("%(a)s %(b)05.1f %(a)r" % {"a": "x", "b": 2.25}, "%c" % 0x263A, "%i %u" % (7, 8))
print("%e %E %g %G" % (1e-5, 1e-5, 1e20, 1e-20), "%#x %#X %#o" % (0, 255, 0))
print("%s" % ((1, 2),), "%d%%" % 50, "%3d%%|%-4s|" % (7, "ab"))
for fmt, args in [("%d", "x"), ("%s %s", (1,)), ("%d", (1, 2)), ("%z", 1), ("%(k)s", (1,))]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
