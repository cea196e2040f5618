# `in` / `not in` against set displays (constant and not), chained comparisons with a display in the middle
vowels_seen = 0
for ch in "the quick brown fox jumps over the lazy dog":
    if ch in {"a", "e", "i", "o", "u"}:
        vowels_seen += 1
print("vowels", vowels_seen)
n = 7
print(n in {1, 3, 5, 7, 9}, n not in {2, 4, 6, 8}, 8 in {n, n + 1}, -1 in {-1, -2, -3})
print(3 in {1, 2, 3} == True, 2 in {1, 2} < {1, 2, 3}, 5 in {5, 6, 7} != {5})
s = {100, 1, 50, 2, 75, 3, 33}
print(s, 50 in s, {100, 1, 50, 2, 75, 3, 33} == s)
try:
    print([1] in {1, 2, 3})
except TypeError as e:
    print("TypeError:", e)
print([x for x in range(20) if x % 7 in {0, 3, 5}])
