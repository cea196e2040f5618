# dunder methods returning the wrong thing: CPython's checks and messages
class BadBool:
    def __bool__(self):
        return 1
class BadLen:
    def __len__(self):
        return -1
class StrLen:
    def __len__(self):
        return "3"
class BadRepr:
    def __repr__(self):
        return 42
class Unhashable:
    __hash__ = None
class EqNotBool:
    def __eq__(self, other):
        return "yes"
cases = [
    lambda: bool(BadBool()),
    lambda: len(BadLen()),
    lambda: len(StrLen()),
    lambda: repr(BadRepr()),
    lambda: hash(Unhashable()),
    lambda: {Unhashable()},
    lambda: EqNotBool() == 1,
    lambda: [EqNotBool()] == [EqNotBool()],
    lambda: 1 in [EqNotBool()],
]
for i, c in enumerate(cases):
    try:
        print(i, c())
    except (TypeError, ValueError) as e:
        print(i, type(e).__name__, e)
