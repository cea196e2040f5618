# classes: __init__, methods, instance and class attributes
class Dog:
    species = "canis"
    count = 0

    def __init__(self, name, age):
        self.name = name
        self.age = age
        Dog.count += 1

    def bark(self, times=1):
        return " ".join(["woof"] * times) + f" from {self.name}"

    def birthday(self):
        self.age += 1
        return self

a = Dog("rex", 3)
b = Dog("fido", 5)
print(a.name, a.age, a.species, Dog.species, Dog.count, a.bark(), b.bark(3))
print(a.birthday().birthday().age, b.age)
a.species = "wolf"
print(a.species, b.species, Dog.species)
Dog.species = "dog"
print(a.species, b.species)
b.nickname = "fi"
print(b.nickname, hasattr(a, "nickname"), getattr(a, "nickname", "none"))
print(type(a).__name__, type(a) is Dog, isinstance(a, Dog), isinstance(3, Dog))
