# long strings: repetition, join, split and search at scale
s = "abc" * 100000
print(len(s), s.count("abc"), s.count("ca"), s.find("cab", 1000), s.rfind("abc"), s[-5:])
parts = s.split("b")
print(len(parts), parts[:3], len("b".join(parts)))
words = " ".join([f"w{i}" for i in range(20000)])
print(len(words), words[:30], words.count("w1"), len(words.split()))
big = "".join([chr(0x4e00 + i % 500) for i in range(30000)])
print(len(big), big[:5], big.count(chr(0x4e00)), big.find(chr(0x4e00 + 499)), big[::7500])
