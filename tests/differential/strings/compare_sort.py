# sorting strings, case and unicode order
words = ["banana", "Apple", "cherry", "apple", "Banana", "éclair", "zebra", "Zulu", "ápple", "a", ""]
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, reverse=True))
print(max(words), min(words), max(words, key=len))
print([w for w in words if w < "b"])
