/*
 * floatdigits_check.c — floatdigits.c against the C library (build natively: glibc's printf is exact):
 * molt_rounded_digits mode 2 against "%.*e" and mode 3 against "%.*f" for random doubles (any bit pattern,
 * subnormals, powers of two, short decimals, integers, halfway cases) and precisions, and molt_shortest_digits
 * against a strtod round-trip search (the least p whose correctly rounded p-digit decimal or its neighbour reads
 * back as x, the nearer to x winning), and molt_parse_decimal against strtod on random decimals: short and long
 * mantissas (up to 1000 digits), exponents across the whole range, and exact midpoints between neighbouring
 * doubles (printed exactly with long double) and their nearest perturbations, where rounding half to even decides.
 * Prints "ok N" or the first difference and exits 1. Arguments: the seed, the number of cases. Link with the
 * native libmolt.a (molt_parse_decimal rounds with int.c's molt_ldexp_round).
 */
#include "floatdigits.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t state;
static uint64_t next(void) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return state >> 11 ^ state << 21;
}

static double random_double(void) {
    double x;
    uint64_t bits;
    switch (next() % 7) {
    case 0: bits = next() & 0x7fffffffffffffffull; memcpy(&x, &bits, 8); break;
    case 1: bits = next() & 0x000fffffffffffffull; memcpy(&x, &bits, 8); break; /* subnormal */
    case 2: x = ldexp(1.0, (int)(next() % 2098) - 1074); break;
    case 3: x = (double)(next() % 2000000) * pow(10, (double)((int)(next() % 60) - 30)); break;
    case 4: x = (double)(next() % 100000) + 0.5 * (double)(next() % 2); break; /* halfway for %.0f */
    case 5: x = (double)(next() % 1000) / 8.0; break; /* short binary fractions: ties at many precisions */
    default: x = (double)(next() >> (next() % 60)); break;
    }
    return isfinite(x) && x > 0 ? x : 1.0;
}

/* digits (stripped, "0" for zero) and decpt of printf output "[d][.ddd][e+XX]" */
static int parse(const char *s, char *d, int *decpt) {
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
    dp -= lead;
    while (n > 1 && d[n - 1] == '0') n--;
    d[n] = '\0';
    *decpt = (n == 1 && d[0] == '0') ? 1 : dp + e;
    return n;
}

static char buf[4000], want[4000], got[MOLT_DIGITS_MAX];

/* A random decimal text into buf. */
static void random_decimal(void) {
    char *p = buf;
    if (next() % 2) *p++ = '-';
    switch (next() % 4) {
    case 0: { /* exact midpoint of x and the next double up, maybe nudged by one unit in the last digit */
        double x = random_double();
        long double mid = ((long double)x + (long double)nextafter(x, INFINITY)) / 2;
        p += snprintf(p, 1200, "%.*Le", 760 + (int)(next() % 10), mid);
        char *e = strchr(buf, 'e'), tail[16];
        strcpy(tail, e);
        char *last = e - 1;
        while (*last == '0' && last[-1] != '.') last--; /* the significant end */
        switch (next() % 3) {
        case 0: break;
        case 1: *++last = '1'; break; /* a hair above */
        default: /* a hair below: append 9s after lowering the last digit would need borrows; use ...(d-1)999 */
            if (*last > '0' && *last <= '9' && last[-1] != '.') {
                (*last)--;
                for (int i = 0; i < 5; i++) *++last = '9';
            }
            break;
        }
        strcpy(last + 1, tail);
        return;
    }
    case 1: { /* short mantissa, any exponent */
        int n = 1 + (int)(next() % 20);
        for (int i = 0; i < n; i++) *p++ = (char)('0' + next() % 10);
        if (next() % 2) {
            *p++ = '.';
            for (int i = (int)(next() % 10); i > 0; i--) *p++ = (char)('0' + next() % 10);
        }
        sprintf(p, "e%d", next() % 2 ? (int)(next() % 700) - 350 : (int)(next() % 51) - 25); /* fast path too */
        return;
    }
    case 2: { /* long mantissa */
        *p++ = '0';
        *p++ = '.';
        for (int i = (int)(next() % 4); i > 0; i--) *p++ = '0';
        for (int i = 1 + (int)(next() % 1000); i > 0; i--) *p++ = (char)('0' + next() % 10);
        sprintf(p, "E%+d", (int)(next() % 640) - 320);
        return;
    }
    default: /* a double printed to 17 digits */
        sprintf(p, "%.17g", random_double());
        return;
    }
}

static int same(const char *what, double x, int prec, const char *w, int wd, const char *g, int gd) {
    if (strcmp(w, g) != 0 || wd != gd) {
        printf("%s x=%a prec=%d: libc %s e%d, molt %s e%d\n", what, x, prec, w, wd, g, gd);
        return 0;
    }
    return 1;
}

/* the old strtod-based shortest search (floatrepr.c before floatdigits.c) */
static int ref_round_trip(double x, int p, char *d, int *decpt) {
    snprintf(buf, sizeof buf, "%.*e", p - 1, x);
    parse(buf, d, decpt);
    char t[64];
    snprintf(t, sizeof t, "0.%se%d", d, *decpt);
    double back = strtod(t, NULL);
    if (back == x) return 1;
    /* neighbour at p digits on the other side */
    int n = (int)strlen(d);
    while (n < p) d[n++] = '0';
    d[n] = '\0';
    int i = n - 1;
    if (back < x) {
        while (i >= 0 && d[i] == '9') d[i--] = '0';
        if (i >= 0) d[i]++;
        else { d[0] = '1'; (*decpt)++; }
    } else {
        while (i >= 0 && d[i] == '0') d[i--] = '9';
        d[i]--;
        if (d[0] == '0') { memmove(d, d + 1, (size_t)n - 1); d[n - 1] = '9'; (*decpt)--; }
    }
    snprintf(t, sizeof t, "0.%se%d", d, *decpt);
    return strtod(t, NULL) == x;
}

int main(int argc, char **argv) {
    state = argc > 1 ? (uint64_t)atoll(argv[1]) : 1;
    long count = argc > 2 ? atol(argv[2]) : 200000;
    for (long k = 0; k < count; k++) {
        double x = random_double();
        int gd, wd;
        int p = next() % 8 == 0 ? 1 + (int)(next() % 780) : 1 + (int)(next() % 25);
        snprintf(buf, sizeof buf, "%.*e", p - 1, x);
        parse(buf, want, &wd);
        molt_rounded_digits(x, 2, p, got, &gd);
        if (!same("%.*e", x, p - 1, want, wd, got, gd)) return 1;
        int f = next() % 8 == 0 ? (int)(next() % 1100) : (int)(next() % 25);
        snprintf(buf, sizeof buf, "%.*f", f, x);
        parse(buf, want, &wd);
        molt_rounded_digits(x, 3, f, got, &gd);
        if (!same("%.*f", x, f, want, wd, got, gd)) return 1;
        int lo = 1, hi = 17;
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (ref_round_trip(x, mid, want, &wd)) hi = mid;
            else lo = mid + 1;
        }
        ref_round_trip(x, lo, want, &wd);
        int n = (int)strlen(want);
        while (n > 1 && want[n - 1] == '0') n--;
        want[n] = '\0';
        char sd[24];
        molt_shortest_digits(x, sd, &gd);
        if (!same("shortest", x, 0, want, wd, sd, gd)) return 1;
        random_decimal();
        double a = strtod(buf, NULL), b = molt_parse_decimal(buf);
        if (memcmp(&a, &b, sizeof a) != 0) {
            printf("parse %s: libc %a, molt %a\n", buf, a, b);
            return 1;
        }
    }
    printf("ok %ld\n", count);
    return 0;
}
