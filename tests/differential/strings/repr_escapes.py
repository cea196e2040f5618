# repr of strings with quotes, escapes and control characters
for s in ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "back\\slash", "\x00\x07\x1b",
          "\x7f", "é", "\u200b", "\U0001F600", "", "'", '"', "\r\n"]:
    print(repr(s), len(s))
print(str("x"), repr(repr("a")), ["a", 'b"', "c'"], ("q",), {"k": "v"})
