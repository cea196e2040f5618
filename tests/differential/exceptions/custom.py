# custom exception classes with attributes, args and str
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem

    def __str__(self):
        return f"{self.field}: {self.problem}"

class Empty(Exception):
    pass

def validate(rec):
    if "name" not in rec:
        raise ValidationError("name", "required")
    if len(rec["name"]) < 2:
        raise ValidationError("name", "too short")
    if rec.get("age", 0) < 0:
        raise ValidationError("age", "negative")
    return "ok"

for rec in [{}, {"name": "a"}, {"name": "bob", "age": -1}, {"name": "cy"}]:
    try:
        print(validate(rec))
    except ValidationError as e:
        print("invalid", e, e.args, e.field, repr(e.problem))
e = Empty()
print(repr(e), str(e), e.args, repr(Empty("a", 1)), str(Empty("only")))
print(repr(ValueError("x")), repr(KeyError("k")), str(KeyError("k")), repr(Exception()), str(Exception(1, 2)))
