"""Class-based simulation: a small ecosystem of animals on a ring of cells.

Classes with inheritance, super().__init__, overridden methods, class attributes, __repr__,
__eq__/__lt__/__hash__, __len__, a property and a classmethod. A linear congruential
generator makes the run deterministic without importing random.
"""


class Rng:
    def __init__(self, seed):
        self.state = seed

    def next(self, n):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return self.state % n


class Animal:
    kind = "animal"
    count = 0

    def __init__(self, name, energy, pos):
        self.name = name
        self.energy = energy
        self.pos = pos
        Animal.count += 1

    @property
    def alive(self):
        return self.energy > 0

    def step(self, world, rng):
        self.pos = (self.pos + rng.next(3) - 1) % world.size
        self.energy -= self.cost()

    def cost(self):
        return 1

    def __repr__(self):
        return f"{self.kind}({self.name}, e={self.energy}, at {self.pos})"

    def __lt__(self, other):
        return (self.energy, self.name) < (other.energy, other.name)

    def __eq__(self, other):
        return isinstance(other, Animal) and self.name == other.name

    def __hash__(self):
        return hash(self.name)


class Rabbit(Animal):
    kind = "rabbit"

    def step(self, world, rng):
        super().step(world, rng)
        food = world.grass[self.pos]
        if food > 0:
            eaten = min(food, 2)
            world.grass[self.pos] = food - eaten
            self.energy += eaten


class Fox(Animal):
    kind = "fox"

    def __init__(self, name, energy, pos, speed):
        super().__init__(name, energy, pos)
        self.speed = speed

    def cost(self):
        return 1

    def step(self, world, rng):
        for _ in range(self.speed):
            super().step(world, rng)
            prey = world.rabbit_at(self.pos)
            if prey is not None:
                self.energy += prey.energy // 2 + 5
                prey.energy = 0


class World:
    def __init__(self, size):
        self.size = size
        self.grass = [5] * size
        self.animals = []

    @classmethod
    def seeded(cls, size, rng, rabbits, foxes):
        w = cls(size)
        for i in range(rabbits):
            w.animals.append(Rabbit(f"r{i}", 10 + rng.next(10), rng.next(size)))
        for i in range(foxes):
            w.animals.append(Fox(f"f{i}", 60, rng.next(size), 1 + rng.next(2)))
        return w

    def __len__(self):
        return len([a for a in self.animals if a.alive])

    def rabbit_at(self, pos):
        for a in self.animals:
            if isinstance(a, Rabbit) and a.alive and a.pos == pos:
                return a
        return None

    def tick(self, rng):
        for a in self.animals:
            if a.alive:
                a.step(self, rng)
        for i in range(self.size):
            if self.grass[i] < 9:
                self.grass[i] += 1
        self.animals = [a for a in self.animals if a.alive]


def main():
    rng = Rng(2024)
    world = World.seeded(400, rng, 120, 12)
    for t in range(1, 1501):
        world.tick(rng)
        if len(world.animals) < 60 and t % 7 == 0:
            for i in range(20):
                world.animals.append(Rabbit(f"n{t}_{i}", 8, rng.next(world.size)))
        if t % 100 == 0:
            rabbits = len([a for a in world.animals if isinstance(a, Rabbit)])
            foxes = len(world.animals) - rabbits
            print(f"t={t:4d} alive={len(world):3d} rabbits={rabbits:3d} foxes={foxes:2d} grass={sum(world.grass)}")
    top = sorted(world.animals, reverse=True)[:5]
    print("strongest:", top)
    print("distinct names:", len(set(world.animals)), "created:", Animal.count)
    print(Fox("x", 1, 0, 2) == Fox("x", 5, 3, 1), Rabbit("a", 1, 0) < Rabbit("b", 1, 0))


if __name__ == "__main__":
    main()
