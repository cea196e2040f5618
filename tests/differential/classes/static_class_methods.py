# staticmethod and classmethod, alternative constructors
class Temperature:
    scale = "C"

    def __init__(self, degrees):
        self.degrees = degrees

    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)

    @staticmethod
    def is_freezing(d):
        return d <= 0

    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.scale}"

    def __repr__(self):
        return f"Temperature({self.degrees:.2f})"

class Kelvin(Temperature):
    scale = "K"

t = Temperature.from_fahrenheit(212)
k = Kelvin.from_fahrenheit(32)
print(t, k, type(k).__name__, Temperature.is_freezing(-1), t.is_freezing(5))
print(Temperature.describe(), Kelvin.describe(), k.describe())
