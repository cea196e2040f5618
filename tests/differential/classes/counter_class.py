# a class holding a dict, with methods that use each other
class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, name, qty=1):
        self.items[name] = self.items.get(name, 0) + qty
        return self

    def remove(self, name, qty=1):
        have = self.items.get(name, 0)
        if have < qty:
            raise ValueError(f"only {have} {name}")
        if have == qty:
            del self.items[name]
        else:
            self.items[name] = have - qty

    def total(self):
        return sum(self.items.values())

    def report(self):
        return ", ".join([f"{k}:{v}" for k, v in sorted(self.items.items())])

inv = Inventory().add("apple", 3).add("pear").add("apple", 2)
print(inv.report(), inv.total())
inv.remove("apple", 5)
print(inv.report(), inv.total())
try:
    inv.remove("pear", 2)
except ValueError as e:
    print("ValueError", e)
