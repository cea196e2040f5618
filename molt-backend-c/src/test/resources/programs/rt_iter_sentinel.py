data = [3, 1, 0, 4]
it = iter(data)
print(list(iter(lambda: next(it), 0)))
lines = ["a", "b", "", "c"]
for line in iter(lines.pop, "b"):
    print(repr(line))
class Stop:
    n = 0
    def __call__(self):
        Stop.n += 1
        if Stop.n > 3:
            raise StopIteration
        return Stop.n
print(list(iter(Stop(), 99)))
try:
    iter(5, 0)
except TypeError as e:
    print(e)
