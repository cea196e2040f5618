/*
 * floatdigits.h — INTERNAL: decimal digit generation shared by floatrepr.c
 * (repr) and floatformat.c (format()).
 */
#ifndef MOLT_FLOATDIGITS_H
#define MOLT_FLOATDIGITS_H

#include "molt/molt.h"

/* Shortest round-trip digits of a finite x > 0 (dtoa mode 0): writes the
 * NUL-terminated digits (no leading or trailing zeros) and decpt, where
 * x = 0.DIGITS * 10**decpt; returns the digit count. */
int molt_shortest_digits(double x, char digits[24], int *decpt);

#endif
