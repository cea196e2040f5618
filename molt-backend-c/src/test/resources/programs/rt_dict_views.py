d = {"a": 1, "b": 2, "c": 3}
k = d.keys()
print(k & {"a", "z"}, k | {"z"}, k - {"a"}, k ^ {"a", "q"}, d.items() & {("a", 1)})
print({"a", "z"} & k, {"z"} | k, {"a", "y"} - k, ["a", "w"] ^ k, ["b"] & k)
print(k == {"a", "b", "c"}, {"a", "b", "c"} == k, k != {"a"}, k < {"a", "b", "c", "d"}, k >= {"a"}, k == ["a", "b", "c"])
e = {"a": 1, "b": 5, "x": 0}
print(d.items() ^ e.items(), d.items() - e.items(), d.items() | e.items(), d.keys() & e.keys(), e.keys() & d.keys())
print(k.isdisjoint({"q"}), k.isdisjoint(["a"]), d.items().isdisjoint({("a", 2)}), k == k, d.keys() == e.keys())
print(d.values() == d.values())
big = {i: i for i in range(20)}
print(big.keys() & set(range(5, 30, 3)), set(range(5, 30, 3)) & big.keys(), big.keys() ^ set(range(15, 25)))
