# property() called directly, and a cached lazy attribute
class Lazy:
    def __init__(self):
        self._value = None
        self.computed = 0

    def get_value(self):
        if self._value is None:
            self.computed += 1
            self._value = sum(range(1000))
        return self._value

    def set_value(self, v):
        self._value = v

    value = property(get_value, set_value)

z = Lazy()
print(z.value, z.value, z.computed)
z.value = 7
print(z.value, z.computed)
print(type(Lazy.value).__name__)
