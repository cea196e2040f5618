# property getters, setters with validation, deleters
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self._balance = 0
        self.balance = balance

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError(f"negative balance {value}")
        self._balance = value

    @balance.deleter
    def balance(self):
        print("closing", self.owner)
        self._balance = 0

    @property
    def rich(self):
        return self._balance > 1000

a = Account("ann", 500)
print(a.balance, a.rich)
a.balance = 5000
print(a.balance, a.rich)
try:
    a.balance = -1
except ValueError as e:
    print("ValueError", e)
del a.balance
print(a.balance)
try:
    a.rich = True
except AttributeError as e:
    print("AttributeError", e)
