# abs, min, max, sum, round, divmod, pow with all argument forms
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(True), abs(-10 ** 20))
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("abc"), min([], default="empty"), max([1, 3], key=lambda v: -v))
print(min([(1, "b"), (1, "a")]), max({3: "x", 7: "y"}), min("hello", "world", key=len))
print(sum([]), sum([1, 2, 3]), sum([1.5, 2.5]), sum([[1], [2]], []), sum(range(101)), sum([1, 2], 100))
print(round(2.567, 2), round(2.5), round(3.5), round(-2.5), round(7), round(1234, -2), round(0.5), round(1.5))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), pow(2, 8), pow(2, 8, 10), pow(2.0, -1))
try:
    min([])
except ValueError as e:
    print("ValueError", e)
