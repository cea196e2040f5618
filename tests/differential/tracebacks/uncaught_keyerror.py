# an uncaught KeyError deep in calls
table = {"a": 1, "b": 2}
def lookup(k):
    return table[k]
def total(keys):
    s = 0
    for k in keys:
        s += lookup(k)
        print("running total", s)
    return s
total(["a", "b", "a", "zzz", "b"])
