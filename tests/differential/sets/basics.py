# set creation, add, discard, remove, len, in, iteration order of small ints
s = {5, 3, 1, 3, 5, 9}
print(s, len(s), 3 in s, 4 in s)
s.add(2); s.add(3); print(s)
s.discard(9); s.discard(100); print(s)
s.remove(1); print(s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError", e)
print(set(), set([3, 2, 1]), set("hello"), set(range(10, 0, -2)), len(set()))
print(s.pop() in {2, 3, 5}, len(s))
e = {100, 1, 50, 2, 75, 3, 33}
print(e, list(e), sorted(e))
