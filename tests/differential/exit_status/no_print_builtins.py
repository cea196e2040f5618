# a program that never calls print: its only output is the exit status, from builtins and a property
# (the builtins it loads are the only entries of its builtin table, and the first of them is not print)
class Box:
    def __init__(self, items):
        self._items = items

    @property
    def size(self):
        return len(self._items)


b = Box(sorted([3, 1, 2]))
raise SystemExit(b.size + max(b._items) * 10 + abs(-100))
