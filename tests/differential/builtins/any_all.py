# any and all with lists and short-circuiting iterators
print(any([]), all([]), any([0, 0]), any([0, 1]), all([1, 1]), all([1, 0]), all(["a", ""]), any(["", "b"]))
nums = [2, 4, 6, 7]
print(all([n % 2 == 0 for n in nums]), any([n > 6 for n in nums]), any([n > 7 for n in nums]))
class Probe:
    def __init__(self, vals):
        self.vals = vals
        self.seen = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.seen >= len(self.vals):
            raise StopIteration
        self.seen += 1
        return self.vals[self.seen - 1]
p = Probe([0, 0, 1, 0, 0])
print(any(p), p.seen)
q = Probe([1, 1, 0, 1])
print(all(q), q.seen)
