# AttributeError on None escaping
class Node:
    def __init__(self, nxt):
        self.nxt = nxt

chain = Node(Node(Node(None)))
n = chain
depth = 0
while True:
    n = n.nxt
    depth += 1
    print("depth", depth)
    print(n.nxt is None)
