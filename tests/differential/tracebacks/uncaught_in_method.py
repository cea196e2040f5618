# an uncaught exception from a method called through several objects
class Engine:
    def __init__(self, fuel):
        self.fuel = fuel
    def run(self, km):
        need = km // 10
        if need > self.fuel:
            raise RuntimeError(f"out of fuel after {self.fuel * 10} km")
        self.fuel -= need
        return self.fuel

class Car:
    def __init__(self):
        self.engine = Engine(12)
    def drive(self, km):
        left = self.engine.run(km)
        print(f"drove {km} km, fuel left {left}")

car = Car()
for trip in (40, 50, 60):
    car.drive(trip)
