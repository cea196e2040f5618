# dict views as sets: &, |, -, ^ with keys() and items(); comparisons
a = {"x": 1, "y": 2, "z": 3}
b = {"y": 20, "z": 3, "w": 0}
print(sorted(a.keys() & b.keys()), sorted(a.keys() | b.keys()), sorted(a.keys() - b.keys()), sorted(a.keys() ^ b.keys()))
print(sorted(a.items() & b.items()), a.keys() == {"x", "y", "z"}, a.keys() >= {"x"}, {"y"} < a.keys())
print(len(a.values()), sorted(a.values()), list(reversed(a)), list(reversed(a.items())))
print(a.keys().isdisjoint({"q"}), "x" in a.keys(), ("z", 3) in a.items(), ("z", 4) in a.items())
