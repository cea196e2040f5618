/*
 * molt/float.h — the float type (C double) and its text conversions.
 *
 * Source followed: CPython 3.12 Objects/floatobject.c, Python/pystrtod.c,
 * Python/dtoa.c (behaviour, not code), Python/pyhash.c (_Py_HashDouble).
 */
#ifndef MOLT_FLOAT_H
#define MOLT_FLOAT_H

#include "molt/object.h"

bool molt_is_float(MoltValue v);
/* Coerce int/bool/float to double: 1 on success, 0 if v is another type
 * (nothing set), -1 + OverflowError for too large ints. */
int molt_number_as_double(MoltValue v, double *out);

/* repr(d) == str(d): shortest round-trip digits, pystrtod.c 'r' formatting.
 * Writes a NUL-terminated string of at most 31 chars; returns its length. */
size_t molt_double_repr(double d, char out[32]);
MoltValue molt_float_repr(MoltValue v);

/* PyOS_double_to_string flags. */
#define MOLT_DTSF_SIGN 0x01      /* always add a sign */
#define MOLT_DTSF_ADD_DOT_0 0x02 /* integral values in fixed notation get ".0" */
#define MOLT_DTSF_ALT 0x04       /* alternate form: keep the point and trailing zeros */
#define MOLT_DTSF_NO_NEG_0 0x08  /* "z": negative zero (after rounding) prints as zero */

/* PyOS_double_to_string: format_code 'e', 'E', 'f', 'F', 'g', 'G' (with
 * `precision`) or 'r' (repr digits; precision ignored). Returns a malloc'ed
 * NUL-terminated ASCII string the caller frees, or NULL + MemoryError. */
char *molt_double_to_string(double x, char format_code, int precision, int flags);
/* float(s): surrounding whitespace, underscores between digits, Unicode
 * decimal digits, inf/infinity/nan (any case) with a sign.
 * ValueError "could not convert string to float: 'text'". */
MoltValue molt_float_from_string(MoltValue s);
/* round(x, ndigits) as CPython's double_round (correctly rounded, ties to
 * even on the exact binary value). ndigits MOLT_NONE -> int result. */
MoltValue molt_float_round(double x, MoltValue ndigits);
/* _Py_HashDouble; NaN hashes to 0 (CPython >= 3.10 hashes NaN by object
 * identity, which NaN-boxed floats don't have). */
MoltHash molt_double_hash(double d);
/* float methods (number_methods.c): v a float. as_integer_ratio: OverflowError "cannot convert
 * Infinity to integer ratio", ValueError "cannot convert NaN to integer ratio". */
MoltValue molt_float_is_integer(MoltValue v);
MoltValue molt_float_conjugate(MoltValue v);
MoltValue molt_float_as_integer_ratio(MoltValue v);


#endif
