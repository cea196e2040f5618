xs = []
xs.append(1)
xs.append(2)
xs.extend([3, 4])
print(xs, xs.pop(), len(xs))
d = {}
d["a"] = 1
print(d.get("a", 0), d.get("b", 0), d.get("c"))
print(" ".join(["x", "y", "z"]))
print("a b  c".split(), "a,b".split(","))
print(sorted(d.keys()), list(d.items()))
class A:
    def hello(self):
        return "A.hello"
class B(A):
    def hello(self):
        return "B+" + super().hello()
    def __init__(self):
        super().__init__()
        self.v = 1
print(B().hello(), B().v)
