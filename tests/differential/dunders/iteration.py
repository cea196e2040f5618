# iterator protocol: __iter__ and __next__ on user classes
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return Countdown(self.n)

print(list(Countdown(5)), [x * 2 for x in Countdown(3)], sum(Range2(10)), sorted(Range2(4)))
it = iter(Countdown(3))
print(next(it), next(it), next(it), next(it, "done"))
for a, b in zip(Range2(3), "abc"):
    print(a, b)
print(max(Range2(7)), list(enumerate(Countdown(2))), 3 in Range2(5))
