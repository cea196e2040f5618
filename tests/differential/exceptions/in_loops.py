# exceptions inside loops: continue after errors, counting failures
data = ["1", "2", "x", "4", "", "6.5", "-7", "8"]
total = 0
bad = []
for item in data:
    try:
        total += int(item)
    except ValueError:
        bad.append(item)
        continue
    finally:
        total += 0
print(total, bad)
results = []
for d in [2, 1, 0, -1, 0, 5]:
    try:
        results.append(10 // d)
    except ZeroDivisionError:
        results.append(None)
print(results)
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 4:
            raise RuntimeError(f"attempt {attempts}")
        print("succeeded after", attempts)
        break
    except RuntimeError as e:
        print("retry:", e)
