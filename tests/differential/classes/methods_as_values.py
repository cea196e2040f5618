# bound methods as values, passing methods around
class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting

    def greet(self, name):
        return f"{self.greeting}, {name}!"

hello = Greeter("Hello").greet
hola = Greeter("Hola").greet
print(hello("ann"), hola("bob"), list(map(hello, ["x", "y"])))
unbound = Greeter.greet
print(unbound(Greeter("Hi"), "cy"))
class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
s = Stack()
push = s.push
for i in range(4):
    push(i)
print(s.items, push.__self__ is s)
