# class attributes shared between instances, mutation through instances
class Registry:
    entries = []
    limit = 3

    def register(self, x):
        if len(self.entries) >= self.limit:
            return False
        self.entries.append(x)
        return True

r1 = Registry()
r2 = Registry()
print([r1.register(i) for i in range(2)], [r2.register(i) for i in range(3)], Registry.entries)
r2.limit = 10
print(r2.register("x"), r1.register("y"), Registry.entries, r1.limit, r2.limit)
print(Registry.__name__, r1.__class__.__name__, r1.__class__ is Registry)
