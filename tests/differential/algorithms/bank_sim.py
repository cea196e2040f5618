# a deterministic simulation with classes, dicts and exceptions
class InsufficientFunds(Exception):
    pass

class Bank:
    def __init__(self):
        self.accounts = {}
        self.log = []

    def open(self, name, amount=0):
        self.accounts[name] = amount

    def transfer(self, src, dst, amount):
        if self.accounts[src] < amount:
            raise InsufficientFunds(f"{src} has {self.accounts[src]}, needs {amount}")
        self.accounts[src] -= amount
        self.accounts[dst] += amount
        self.log.append((src, dst, amount))

bank = Bank()
for i, name in enumerate(["ann", "bob", "cy", "dee"]):
    bank.open(name, 100 * (i + 1))
seed = 17
failures = 0
for step in range(200):
    seed = (seed * 1103515245 + 12345) % 2147483648
    names = sorted(bank.accounts)
    src = names[seed % 4]
    dst = names[(seed // 4) % 4]
    amount = (seed // 16) % 150
    if src == dst:
        continue
    try:
        bank.transfer(src, dst, amount)
    except InsufficientFunds as e:
        failures += 1
        if failures <= 3:
            print("failed:", e)
print(bank.accounts, sum(bank.accounts.values()), len(bank.log), failures)
