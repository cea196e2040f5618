# the old sequence protocol: iteration and `in` through __getitem__ only
class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i

s = Squares(6)
print(list(s), 16 in s, 17 in s, [x + 1 for x in s], sum(s), max(s))
it = iter(s)
print(next(it), next(it), next(it))
class Words:
    def __init__(self, text):
        self.words = text.split()
    def __len__(self):
        return len(self.words)
    def __getitem__(self, i):
        return self.words[i]
w = Words("alpha beta gamma delta")
print(len(w), w[0], w[-1], list(w), sorted(w), "beta" in w, list(reversed(w)))
