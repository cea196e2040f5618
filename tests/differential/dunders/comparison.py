# rich comparisons and sorting of user objects
class Version:
    def __init__(self, text):
        self.parts = tuple([int(p) for p in text.split(".")])
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __gt__(self, o):
        return self.parts > o.parts
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return "v" + ".".join([str(p) for p in self.parts])

vs = [Version(t) for t in ["1.2", "1.10", "1.2.1", "0.9", "1.2", "2.0"]]
print(sorted(vs), max(vs), min(vs), Version("1.2") == Version("1.2"), Version("1.2") != Version("1.3"))
print(Version("1.0") < Version("1.0.1"), Version("2") >= Version("1.9"), len(set(vs)))
print(sorted(vs, reverse=True))
