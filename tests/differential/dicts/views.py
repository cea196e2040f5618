# keys/values/items views are live
d = {"one": 1, "two": 2}
ks = d.keys()
vs = d.values()
its = d.items()
d["three"] = 3
print(list(ks), list(vs), list(its), len(ks), "two" in ks, ("one", 1) in its, 3 in vs)
del d["one"]
print(list(ks), list(vs), list(its))
for k, v in d.items():
    print(k, v)
print(sorted(d), sorted(d.values()), sorted(d.items(), key=lambda kv: -kv[1]))
print(sorted(set(ks) & {"two", "x"}))
