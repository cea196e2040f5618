# multiple inheritance and the C3 MRO
class A:
    def who(self):
        return "A"

class B(A):
    def who(self):
        return "B>" + super().who()

class C(A):
    def who(self):
        return "C>" + super().who()

class D(B, C):
    def who(self):
        return "D>" + super().who()

class E(C, B):
    pass

print([k.__name__ for k in D.__mro__], D().who())
print([k.__name__ for k in E.__mro__], E().who())
print(isinstance(D(), C), issubclass(E, B), D.__bases__ == (B, C), [b.__name__ for b in E.__bases__])
try:
    class F(B, D):
        pass
except TypeError as e:
    print("TypeError", e)
