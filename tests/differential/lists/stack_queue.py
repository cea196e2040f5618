# lists as stacks and queues
stack = []
for i in range(10):
    stack.append(i * i)
out = []
while stack:
    v = stack.pop()
    if v % 2 == 0:
        out.append(v)
print(out)
queue = list(range(5))
order = []
while queue:
    v = queue.pop(0)
    order.append(v)
    if v < 3:
        queue.append(v + 10)
print(order)
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for ch in s:
        if ch in "([{":
            st.append(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st
for s in ["()", "([]{})", "(]", "((", "", "{[()()]}", "())"]:
    print(repr(s), balanced(s))
