"""Module docstring of docstrings.py."""


def f():
    """Function docstring."""
    return 1


class K:
    """Class docstring."""

    def m(self):
        """Method docstring."""


def nodoc():
    return 2


print(__doc__, f.__doc__, K.__doc__, K.m.__doc__, nodoc.__doc__, f(), nodoc())
