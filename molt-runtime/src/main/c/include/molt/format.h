/*
 * molt/format.h — format(value, spec) and f-string replacement fields.
 *
 * The format specification mini-language of int, bool, float and str
 * (Python Language Reference / Library "Format Specification Mini-Language"):
 *   [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
 * with CPython 3.11's error messages. An instance of a class with its own
 * __format__ gets it called (PyObject_Format); any other type accepts only the
 * empty spec (str(value)), as object.__format__.
 *
 * Source followed: CPython 3.11 Python/formatter_unicode.c.
 */
#ifndef MOLT_FORMAT_H
#define MOLT_FORMAT_H

#include "molt/object.h"

/* format(v, spec): spec is a str (borrowed). New str, or MOLT_ERROR with
 * ValueError (bad spec), TypeError (spec for a type without __format__, or a
 * __format__ that returns no str) or
 * OverflowError ('c' out of range, int too large for a float format). */
MoltValue molt_format(MoltValue v, MoltValue spec);
/* Same with a UTF-8 C string spec (f-string literals). */
MoltValue molt_format_cstr(MoltValue v, const char *spec);

#endif
