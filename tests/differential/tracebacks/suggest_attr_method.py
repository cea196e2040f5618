# AttributeError "Did you mean" for a method of a class (through the MRO), on an instance and on the class
class Account:
    rate = 3

    def __init__(self, owner):
        self.owner = owner
        self.balance = 0

    def deposit(self, amount):
        self.balance += amount
        return self.balance

class Savings(Account):
    def add_interest(self):
        self.balance += self.balance * self.rate // 100
        return self.balance

s = Savings("ann")
print(s.deposit(100), s.add_interest())
try:
    Savings.rat
except AttributeError as e:
    print("caught:", e)
s.depositt(5)
