# find/rfind/index/rindex/count with ranges
s = "the cat sat on the mat with the hat"
for sub in ["the", "at", "cat", "dog", "", "t"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 5), s.find(sub, 5, 20),
          s.rfind(sub, 0, 10), s.count(sub, 10), s.count(sub, 3, 30))
print(s.index("sat"), s.rindex("the"))
for f in (lambda: s.index("dog"), lambda: s.rindex("xyz")):
    try:
        f()
    except ValueError as e:
        print("ValueError:", e)
print("aaaa".count("aa"), "aaaa".find("aa", 1), "".count(""), "abc".count(""))
