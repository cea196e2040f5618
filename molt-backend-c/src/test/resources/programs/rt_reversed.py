class Words:
    def __init__(self, text): self.words = text.split()
    def __len__(self): return len(self.words)
    def __getitem__(self, i): return self.words[i]
print(list(reversed(Words("a b c"))))
class R:
    def __reversed__(self): return iter([3, 2, 1])
print(list(reversed(R())))
class N:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return 1
try:
    reversed(N())
except TypeError as e:
    print(e)
class Plain: pass
try:
    reversed(Plain())
except TypeError as e:
    print(e)
print(list(reversed((1, 2, 3))), list(reversed("abc")), list(reversed([])))
r = reversed((1, 2))
print(next(r), next(r), next(r, "end"))
print(type(reversed((1,))).__name__)
