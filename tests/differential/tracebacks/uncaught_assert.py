# a failing assert ends the program
items = [3, 1, 2]
items.sort()
assert items == [1, 2, 3], "sorted"
print("sorted ok", items)
assert len(items) == 4, f"expected 4 items, got {len(items)}"
