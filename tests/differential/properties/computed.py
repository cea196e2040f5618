# computed properties depending on other attributes
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9

    @property
    def kelvin(self):
        return self.celsius + 273.15

t = Temperature(100)
print(t.celsius, t.fahrenheit, t.kelvin)
t.fahrenheit = 32
print(t.celsius, t.fahrenheit, round(t.kelvin, 2))
temps = [Temperature(c) for c in (-40, 0, 37)]
print([round(x.fahrenheit, 1) for x in temps])
