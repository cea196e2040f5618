# an uncaught custom exception with a message
class BudgetExceeded(Exception):
    pass

spent = 0
for cost in [10, 20, 30, 40, 50]:
    spent += cost
    print("spent", spent)
    if spent > 80:
        raise BudgetExceeded(f"spent {spent} of 80")
