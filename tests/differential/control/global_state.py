# module-level state, global statement, counters
counter = 0
history = []

def bump(k):
    global counter
    counter += k
    history.append(counter)

for k in range(1, 6):
    bump(k)
print(counter, history)

def reset():
    global counter, history
    counter = 0
    history = ["reset"]

reset()
bump(100)
print(counter, history)
