# abstract-style base classes raising NotImplementedError
class Animal:
    def sound(self):
        raise NotImplementedError(f"{type(self).__name__} must implement sound")
    def speak(self):
        return f"{type(self).__name__} says {self.sound()}"

class Cat(Animal):
    def sound(self):
        return "meow"

class Fish(Animal):
    pass

for a in [Cat(), Fish()]:
    try:
        print(a.speak())
    except NotImplementedError as e:
        print("NotImplementedError:", e)
