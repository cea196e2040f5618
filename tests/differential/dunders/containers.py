# container dunders: __len__, __getitem__, __setitem__, __contains__, __iter__, __delitem__
class Grid:
    def __init__(self, w, h):
        self.w = w
        self.h = h
        self.cells = {}
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, key):
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"{key} out of range")
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        self.cells[key] = value
    def __delitem__(self, key):
        del self.cells[key]
    def __contains__(self, value):
        return value in self.cells.values()
    def __iter__(self):
        return iter([(x, y) for y in range(self.h) for x in range(self.w)])

g = Grid(4, 3)
g[1, 1] = "#"
g[3, 2] = "@"
print(len(g), g[1, 1], g[0, 0], "#" in g, "?" in g)
for y in range(3):
    print("".join([g[x, y] for x in range(4)]))
del g[1, 1]
print([k for k in g if g[k] != "."], list(g)[:3])
try:
    g[9, 9]
except IndexError as e:
    print("IndexError", e)
