# super() in classmethods, properties and with explicit arguments
class Base:
    registry = []
    @classmethod
    def create(cls, *args):
        obj = cls(*args)
        Base.registry.append(type(obj).__name__)
        return obj
    def __init__(self, name):
        self.name = name
    @property
    def label(self):
        return f"<{self.name}>"
    def greet(self):
        return "base:" + self.name

class Child(Base):
    @classmethod
    def create(cls, *args):
        obj = super().create(*args)
        obj.name = obj.name.upper()
        return obj
    @property
    def label(self):
        return "child" + super().label
    def greet(self):
        return "child+" + super(Child, self).greet()

class Grand(Child):
    def greet(self):
        return "grand+" + super().greet()

for cls in (Base, Child, Grand):
    obj = cls.create("ann")
    print(type(obj).__name__, obj.name, obj.label, obj.greet())
print(Base.registry)
