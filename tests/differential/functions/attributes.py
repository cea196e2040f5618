# function attributes: __name__, __doc__, __qualname__, custom attributes
def documented(x):
    """Returns x doubled."""
    return 2 * x

class C:
    def method(self):
        pass

print(documented.__name__, documented.__doc__, C.method.__qualname__, documented.__qualname__)
documented.calls = 0
documented.calls += 1
print(documented.calls, callable(documented), callable(3))
f = documented
print(f is documented, f(21), (lambda: 0).__name__)
