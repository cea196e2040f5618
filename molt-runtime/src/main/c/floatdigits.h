/*
 * floatdigits.h — INTERNAL: decimal digits of doubles and decimal text to
 * double, shared by floatrepr.c (repr, round, float(str)) and floatformat.c
 * (format()). Where the C library is linked statically (wasm32-wasi; see
 * molt/fmt.h, MOLT_USE_OWN_LIBC) they are computed exactly without printf
 * or strtod (floatdigits.c, floatparse.c); elsewhere the shared C library's
 * printf and strtod do the work (floatdigits_libc.c). Both give the same
 * digits: correctly rounded, ties to even.
 *
 * Digits are ASCII '0'..'9', NUL-terminated, with no leading zeros; decpt
 * places the point: x = 0.DIGITS * 10**decpt.
 */
#ifndef MOLT_FLOATDIGITS_H
#define MOLT_FLOATDIGITS_H

#include "molt/molt.h"

/* A buffer this long holds every digit string below, NUL included: the exact
 * expansion of a double has at most 767 significant digits (2**-1074 * (2**53 - 1)
 * has 751 + 16), and of a neighbour's midpoint one or two more. */
#define MOLT_DIGITS_MAX 800

/* Shortest round-trip digits of a finite x > 0 (dtoa mode 0): writes the
 * digits (no trailing zeros) and decpt; returns the digit count. */
int molt_shortest_digits(double x, char digits[24], int *decpt);

/* The exact decimal expansion of a finite x > 0 (no trailing zeros) and decpt;
 * returns the digit count. */
int molt_exact_digits(double x, char digits[MOLT_DIGITS_MAX], int *decpt);

/* x > 0 finite, correctly rounded (half to even on the exact binary value, as
 * dtoa and the printf of glibc and musl do): mode 2 keeps `ndigits` >= 1
 * significant digits, mode 3 keeps the digits down to 10**-ndigits (ndigits
 * may be negative). Writes the digits with trailing zeros stripped and decpt,
 * and returns the digit count; a result of zero is "0" with decpt 1 (count 1). */
int molt_rounded_digits(double x, int mode, int ndigits, char digits[MOLT_DIGITS_MAX], int *decpt);

/* The double nearest to the decimal s (round half to even, as strtod and
 * CPython's float()): s is "[+-]DIGITS[.DIGITS][(e|E)[+-]DIGITS]" or
 * "[+-].DIGITS..." with at least one mantissa digit, NUL-terminated, already
 * validated (no spaces, underscores, inf or nan). Overflow gives +-inf,
 * underflow +-0.0 (floatparse.c). */
double molt_parse_decimal(const char *s);

#endif
