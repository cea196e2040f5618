# __getitem__ with slices, negative indices and a sequence-like class
class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Seq(self.data[i])
        return self.data[i]
    def __len__(self):
        return len(self.data)
    def __repr__(self):
        return f"Seq({self.data})"

s = Seq("abcdefg")
print(s[0], s[-1], s[1:4], s[::-2], len(s), s[2:][1:][0])
print(list(s), "c" in s, [x for x in s if x > "d"])
try:
    s[10]
except IndexError as e:
    print("IndexError", e)
