# sorted/list.sort with keys, reverse and stability
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 35), ("eve", 30), ("frank", 20)]
print(sorted(people))
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
words = "the quick brown fox jumps over the lazy dog".split()
words.sort(key=len)
print(words)
words.sort(key=lambda w: (len(w), w), reverse=True)
print(words)
nums = [3.5, -2, 7, 0, -2.5, 10, 1]
print(sorted(nums), sorted(nums, key=abs), max(nums, key=abs), min(nums, key=lambda v: (v % 3, v)))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError", e)
