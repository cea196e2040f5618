# closures as objects: a bank account with private state
def account(owner, balance=0):
    history = []
    def deposit(v):
        nonlocal balance
        if v <= 0:
            raise ValueError("deposit must be positive")
        balance += v
        history.append(("dep", v))
        return balance
    def withdraw(v):
        nonlocal balance
        if v > balance:
            raise ValueError(f"insufficient funds: {balance} < {v}")
        balance -= v
        history.append(("wd", v))
        return balance
    def report():
        return f"{owner}: {balance} after {len(history)} ops {history}"
    return {"deposit": deposit, "withdraw": withdraw, "report": report}

acct = account("ann", 10)
print(acct["deposit"](50), acct["withdraw"](25))
for op, v in [("withdraw", 100), ("deposit", -5), ("deposit", 5)]:
    try:
        print(acct[op](v))
    except ValueError as e:
        print("error:", e)
print(acct["report"]())
