# no print and only methods the builtin tables put last: the exit status carries the results
words = "b a c".split()
words.sort()
code = len("-".join(words)) + "x".zfill(3).count("0") * 10
raise SystemExit(code)
