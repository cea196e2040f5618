/*
 * molt/int.h — the int type: small ints in the value word, big ints on the heap.
 *
 * Heap ints (MoltBigInt) are sign-magnitude with 32-bit limbs, least
 * significant first (CPython uses 30-bit digits; 32-bit limbs with 64-bit
 * intermediates are simpler in C and as fast). `size` is the limb count with
 * the sign of the number, like CPython's ob_size. A heap int is never in the
 * small-int range (canonical form, see molt/value.h).
 *
 * bool is a subclass of int: every function here accepts True/False as 1/0.
 *
 * Source followed: CPython 3.12 Objects/longobject.c, Python/pyhash.c.
 */
#ifndef MOLT_INT_H
#define MOLT_INT_H

#include "molt/object.h"

typedef struct MoltBigInt {
    MoltObject ob;
    int64_t size;       /* sign * number of limbs; |size| >= 2 */
    uint32_t limbs[];
} MoltBigInt;

/* int (exactly, not bool) */
bool molt_is_int(MoltValue v);
/* int or bool */
bool molt_is_intlike(MoltValue v);

MoltValue molt_int_from_i64(int64_t i);
MoltValue molt_int_from_u64(uint64_t u);
/* int(d): truncates; OverflowError "cannot convert float infinity to integer",
 * ValueError "cannot convert float NaN to integer". */
MoltValue molt_int_from_double(double d);
/* int(text, base): base 0 or 2..36; prefixes, underscores, surrounding
 * whitespace and Unicode decimal digits as CPython.
 * ValueError "invalid literal for int() with base B: 'text'". */
MoltValue molt_int_from_string(MoltValue s, int base);
/* Same, from UTF-8 bytes (UnicodeError if they are not valid UTF-8). */
MoltValue molt_int_from_utf8(const char *s, size_t n, int base);

/* 0 and *out on success; -1 + OverflowError if it doesn't fit. */
int molt_int_as_i64(MoltValue v, int64_t *out);
/* float(v), correctly rounded; -1 + OverflowError "int too large to convert to float". */
int molt_int_as_double(MoltValue v, double *out);
/* -1, 0, 1 (sign) */
int molt_int_sign(MoltValue v);

/* str(v) in base 10. */
MoltValue molt_int_str(MoltValue v);
/* hash(v): modulus 2**61 - 1, sign kept, -1 -> -2. */
MoltHash molt_int_hash(MoltValue v);
/* Compare two ints: -1, 0, 1. */
int molt_int_compare(MoltValue a, MoltValue b);

/* Arithmetic on ints/bools (never NotImplemented; callers check types). */
MoltValue molt_int_add(MoltValue a, MoltValue b);
MoltValue molt_int_sub(MoltValue a, MoltValue b);
MoltValue molt_int_mul(MoltValue a, MoltValue b);
MoltValue molt_int_floordiv(MoltValue a, MoltValue b);
MoltValue molt_int_mod(MoltValue a, MoltValue b);
MoltValue molt_int_divmod(MoltValue a, MoltValue b);
MoltValue molt_int_truediv(MoltValue a, MoltValue b);
MoltValue molt_int_pow(MoltValue a, MoltValue b, MoltValue m);
MoltValue molt_int_neg(MoltValue a);
MoltValue molt_int_invert(MoltValue a);
MoltValue molt_int_abs(MoltValue a);
MoltValue molt_int_lshift(MoltValue a, MoltValue b);
MoltValue molt_int_rshift(MoltValue a, MoltValue b);
MoltValue molt_int_and(MoltValue a, MoltValue b);
MoltValue molt_int_or(MoltValue a, MoltValue b);
MoltValue molt_int_xor(MoltValue a, MoltValue b);
/* round(a) / round(a, ndigits) (int.__round__): negative ndigits round half
 * to even at 10**-ndigits; ndigits MOLT_NONE or >= 0 returns a unchanged (as int). */
MoltValue molt_int_round(MoltValue a, MoltValue ndigits);

/* Methods and attributes (number_methods.c), v an int or bool; bool answers ints. */
MoltValue molt_int_bit_length(MoltValue v);
MoltValue molt_int_bit_count(MoltValue v);
MoltValue molt_int_conjugate(MoltValue v);
MoltValue molt_int_as_integer_ratio(MoltValue v);   /* (v, 1) */
/* x.__index__() / x.__int__() / x.__float__() of a class instance that defines it, with CPython's
 * result checks ("__index__ returned non-int (type str)"); MOLT_NOTIMPLEMENTED when x is not an
 * instance of a class defining `dunder` (number_methods.c). */
MoltValue molt_class_number(MoltValue x, const char *dunder);
/* o.real / .imag / .numerator / .denominator of an int, bool or float; MOLT_NOTIMPLEMENTED otherwise. */
MoltValue molt_number_getattr(MoltValue o, MoltValue name);

/* Round the exact value q * 2**exp2 (+ a nonzero tail below q's last bit
 * when `sticky`) to the nearest double, ties to even. Sets *overflow if the
 * result exceeds DBL_MAX. */
double molt_ldexp_round(uint64_t q, bool sticky, int64_t exp2, bool *overflow);

#endif
