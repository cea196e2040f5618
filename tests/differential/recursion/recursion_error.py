# unbounded recursion raises RecursionError, which can be caught
def down(n):
    return down(n + 1)

try:
    down(0)
except RecursionError as e:
    print("RecursionError caught:", e)
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
print(depth(0) > 100)
print("still running")
