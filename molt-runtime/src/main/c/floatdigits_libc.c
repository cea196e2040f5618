/*
 * floatdigits_libc.c — floatdigits.h from the C library, for hosts where it
 * is a shared library (its printf and strtod cost a program nothing there);
 * wasm32-wasi uses floatdigits.c and floatparse.c instead (molt/fmt.h,
 * MOLT_USE_OWN_LIBC).
 *
 * Rounded digits come from printf's "%.*e" and "%.*f", exact with round half
 * to even in glibc and musl. Shortest digits: the least p in 1..17 (binary
 * search) for which the correctly rounded p-digit decimal of x or its
 * neighbour on the other side of x reads back (strtod, correctly rounded) as
 * x; this yields David Gay's dtoa mode 0 digits, which CPython's repr uses.
 */
#include "floatdigits.h"

#include "molt/fmt.h"

#if !MOLT_USE_OWN_LIBC
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Digits (leading zeros dropped, trailing zeros kept) and decpt of printf
 * output "D[.DDD][e[+-]XX]"; returns the count. */
static int parse_printf(const char *s, char *d, int *decpt) {
    int n = 0, dp = -1;
    const char *p = s;
    for (; *p && *p != 'e'; p++) {
        if (*p == '.') dp = n;
        else d[n++] = *p;
    }
    int e = *p == 'e' ? atoi(p + 1) : 0;
    if (dp < 0) dp = n;
    int lead = 0;
    while (lead < n - 1 && d[lead] == '0') lead++;
    memmove(d, d + lead, (size_t)(n - lead));
    n -= lead;
    d[n] = '\0';
    *decpt = dp - lead + e;
    return n;
}

static int strip(char *d, int n, int *decpt) {
    while (n > 1 && d[n - 1] == '0') n--;
    d[n] = '\0';
    if (n == 1 && d[0] == '0') *decpt = 1;
    return n;
}

int molt_rounded_digits(double x, int mode, int ndigits, char digits[MOLT_DIGITS_MAX], int *decpt) {
    if (mode == 3 && ndigits > MOLT_DIGITS_MAX) ndigits = MOLT_DIGITS_MAX; /* exact long before that */
    if (mode == 3 && ndigits < 0) { /* printf has no negative precision: round at 10**-ndigits by hand */
        int n = molt_rounded_digits(x, 2, MOLT_DIGITS_MAX - 1, digits, decpt); /* exact */
        int keep = *decpt + ndigits;
        if (keep >= n) return n;
        bool up = false;
        if (keep >= 0) {
            bool rest = false;
            for (int i = keep + 1; i < n && !rest; i++) rest = digits[i] != '0';
            bool odd = keep > 0 && ((digits[keep - 1] - '0') & 1);
            up = digits[keep] > '5' || (digits[keep] == '5' && (rest || odd));
        }
        if (keep <= 0) {
            digits[0] = up ? '1' : '0';
            digits[1] = '\0';
            *decpt = up ? *decpt - keep + 1 : 1;
            return 1;
        }
        int i = keep - 1;
        if (up) {
            while (i >= 0 && digits[i] == '9') digits[i--] = '0';
            if (i < 0) {
                digits[0] = '1';
                (*decpt)++;
                keep = 1;
            } else {
                digits[i]++;
            }
        }
        return strip(digits, keep, decpt);
    }
    size_t cap = (size_t)(mode == 2 ? ndigits : ndigits + 310) + 32;
    char *buf = malloc(cap);
    if (!buf) {
        digits[0] = '0';
        digits[1] = '\0';
        *decpt = 1;
        return 1;
    }
    snprintf(buf, cap, mode == 2 ? "%.*e" : "%.*f", mode == 2 ? ndigits - 1 : ndigits, x);
    int n = strip(buf, parse_printf(buf, buf, decpt), decpt); /* in place: digits never pass the text */
    if (n >= MOLT_DIGITS_MAX) n = MOLT_DIGITS_MAX - 1; /* cannot happen: at most 767 significant digits */
    memcpy(digits, buf, (size_t)n);
    digits[n] = '\0';
    free(buf);
    return n;
}

typedef struct Decimal {
    char digits[24];
    int n;
    int decpt;
} Decimal;

static double decimal_value(const Decimal *d) {
    char buf[48];
    snprintf(buf, sizeof buf, "0.%se%d", d->digits, d->decpt);
    return strtod(buf, NULL);
}

/* d += direction units in the last place (direction = +1 or -1); keeps n digits. */
static void decimal_step(Decimal *d, int direction) {
    int i = d->n - 1;
    if (direction > 0) {
        while (i >= 0 && d->digits[i] == '9') d->digits[i--] = '0';
        if (i >= 0) {
            d->digits[i]++;
        } else {
            d->digits[0] = '1';
            d->decpt++;
        }
    } else {
        while (i >= 0 && d->digits[i] == '0') d->digits[i--] = '9';
        d->digits[i]--;
        if (d->digits[0] == '0') {
            memmove(d->digits, d->digits + 1, (size_t)d->n - 1);
            d->digits[d->n - 1] = '9';
            d->decpt--;
        }
    }
}

static bool round_trip_digits(double x, int p, Decimal *out) {
    char buf[48];
    snprintf(buf, sizeof buf, "%.*e", p - 1, x);
    out->n = parse_printf(buf, out->digits, &out->decpt);
    double back = decimal_value(out);
    if (back == x) return true;
    decimal_step(out, back < x ? 1 : -1);
    return decimal_value(out) == x;
}

int molt_shortest_digits(double x, char digits[24], int *decpt) {
    int lo = 1, hi = 17;
    Decimal d;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (round_trip_digits(x, mid, &d)) hi = mid;
        else lo = mid + 1;
    }
    round_trip_digits(x, lo, &d);
    d.n = strip(d.digits, d.n, &d.decpt);
    memcpy(digits, d.digits, (size_t)d.n + 1);
    *decpt = d.decpt;
    return d.n;
}

double molt_parse_decimal(const char *s) { return strtod(s, NULL); }
#else
typedef int molt_floatdigits_libc_unused; /* floatdigits.c and floatparse.c serve (molt/fmt.h) */
#endif
