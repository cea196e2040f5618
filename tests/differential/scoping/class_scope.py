# class bodies: names defined in the class, access from methods through self or the class
factor = "global factor"
class Scaler:
    factor = 3
    doubled = factor * 2
    def scale(self, x):
        return x * self.factor
    def which(self):
        return factor
    @classmethod
    def both(cls):
        return cls.factor, cls.doubled
print(Scaler().scale(5), Scaler().which(), Scaler.both(), Scaler.doubled)
