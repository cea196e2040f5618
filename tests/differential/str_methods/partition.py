# partition/rpartition, splitlines, title-free transformations
for s in ["key=value", "a=b=c", "novalue", "=x", ""]:
    print(s.partition("="), s.rpartition("="))
text = "line one\nline two\r\nline three\n\nlast"
print(text.splitlines(), text.splitlines(True), "".splitlines(), "x\n".splitlines())
print("a,b".partition(","), "path/to/file.py".rpartition("/")[2], "file.tar.gz".partition(".")[0])
