/*
 * floatdigits.c — exact decimal digits of doubles, and from them the
 * correctly rounded digits (printf's "%.*e" and "%.*f", dtoa modes 2 and 3)
 * and the shortest round-trip digits (dtoa mode 0, repr).
 *
 * Exact expansion: a finite x > 0 is m * 2**e with an integer m < 2**53. For
 * e >= 0 the digits are those of the integer m * 2**e; for e < 0,
 * x = m * 5**-e / 10**-e, so they are the digits of m * 5**-e with the point
 * moved -e places. The big integer is a little-endian array of base-10**9
 * limbs multiplied by 2**29 or 5**13 at a time (one limb times the factor
 * plus the carry stays below 2**64) — the representation musl's fmt_fp
 * (src/stdio/vfprintf.c) uses for the same job. At most 86 limbs.
 *
 * Rounding works on the exact digit string: round half to even, looking at
 * the first dropped digit and whether any later one is nonzero.
 *
 * Shortest digits: a decimal reads back as x (under round-half-even input
 * conversion, as strtod and CPython's float() do) exactly when it lies inside
 * x's rounding interval, bounded by the midpoints between x and its two
 * neighbours (inclusive when m is even). Those midpoints are dyadic too, so
 * their exact digits compare with a candidate's as strings. The least digit
 * count p in 1..17 whose correctly rounded p-digit decimal, or the p-digit
 * decimal next to it on the other side of x, falls inside is found by binary
 * search ("some p-digit decimal is inside" is monotonic in p); this gives
 * David Gay's dtoa mode 0 result (Steele & White's shortest, closest to x),
 * which CPython's repr uses.
 *
 * Sources followed: Steele & White, "How to Print Floating-Point Numbers
 * Accurately" (PLDI 1990), for the rounding interval; musl src/stdio/vfprintf.c
 * (fmt_fp) for the base-10**9 expansion; CPython 3.12 Python/dtoa.c for mode
 * semantics.
 */
#include "floatdigits.h"

#include "molt/fmt.h"

#if MOLT_USE_OWN_LIBC
/* cold or rarely hot code: optimised for size (clang's -Oz for these functions only) */
#pragma clang attribute push(__attribute__((minsize)), apply_to = function)

#include <math.h>
#include <stdint.h>
#include <string.h>

#define LIMBS 96
#define BASE 1000000000u

/* Digits of mant * 2**e2 (mant > 0, mant < 2**56, e2 >= -1100): writes them (no
 * trailing zeros) and decpt; returns the count. */
static int dyadic_digits(uint64_t mant, int e2, char *out, int *decpt) {
    uint32_t limb[LIMBS];
    int n = 0;
    while (mant) {
        limb[n++] = (uint32_t)(mant % BASE);
        mant /= BASE;
    }
    int pow10 = 0; /* value = digits * 10**pow10 */
    int k = e2 >= 0 ? e2 : -e2;
    if (e2 < 0) pow10 = e2; /* mant * 2**e2 = mant * 5**-e2 * 10**e2 */
    while (k > 0) {
        int step;
        uint64_t factor;
        if (e2 >= 0) {
            step = k < 29 ? k : 29;
            factor = (uint64_t)1 << step;
        } else {
            step = k < 13 ? k : 13;
            factor = 1;
            for (int i = 0; i < step; i++) factor *= 5;
        }
        uint64_t carry = 0;
        for (int i = 0; i < n; i++) {
            uint64_t t = (uint64_t)limb[i] * factor + carry;
            limb[i] = (uint32_t)(t % BASE);
            carry = t / BASE;
        }
        while (carry) {
            limb[n++] = (uint32_t)(carry % BASE);
            carry /= BASE;
        }
        k -= step;
    }
    /* most significant limb without leading zeros, the others with 9 digits each */
    int len = 0;
    char tmp[10];
    int t = 0;
    for (uint32_t v = limb[n - 1]; v; v /= 10) tmp[t++] = (char)('0' + v % 10);
    while (t > 0) out[len++] = tmp[--t];
    for (int i = n - 2; i >= 0; i--) {
        uint32_t v = limb[i];
        for (int j = 8; j >= 0; j--) {
            out[len + j] = (char)('0' + v % 10);
            v /= 10;
        }
        len += 9;
    }
    *decpt = len + pow10;
    while (len > 1 && out[len - 1] == '0') len--;
    out[len] = '\0';
    return len;
}

/* x = m * 2**e with m < 2**53 (m >= 2**52 unless x is subnormal). */
static void decompose(double x, uint64_t *m, int *e) {
    uint64_t bits;
    memcpy(&bits, &x, sizeof bits);
    int be = (int)((bits >> 52) & 0x7ff);
    uint64_t frac = bits & (((uint64_t)1 << 52) - 1);
    if (be == 0) {
        *m = frac;
        *e = -1074;
    } else {
        *m = frac | ((uint64_t)1 << 52);
        *e = be - 1075;
    }
}

int molt_exact_digits(double x, char digits[MOLT_DIGITS_MAX], int *decpt) {
    uint64_t m;
    int e;
    decompose(x, &m, &e);
    return dyadic_digits(m, e, digits, decpt);
}

/* Rounds the n digits d (decpt) to `keep` digits (keep may be <= 0 or >= n),
 * half to even; writes the result into d (stripped) and returns its count. */
static int round_at(char *d, int n, int *decpt, int keep) {
    if (keep >= n) return n;
    bool up;
    if (keep < 0) {
        up = false;
    } else {
        char next = d[keep];
        bool rest = false;
        for (int i = keep + 1; i < n && !rest; i++) rest = d[i] != '0';
        bool odd = keep > 0 && ((d[keep - 1] - '0') & 1);
        up = next > '5' || (next == '5' && (rest || odd));
    }
    if (keep <= 0) {
        if (up) { /* 0.5.. of the unit 10**(decpt - keep) rounds to one unit */
            d[0] = '1';
            d[1] = '\0';
            *decpt = *decpt - keep + 1;
            return 1;
        }
        d[0] = '0';
        d[1] = '\0';
        *decpt = 1;
        return 1;
    }
    int len = keep;
    if (up) {
        int i = len - 1;
        while (i >= 0 && d[i] == '9') i--;
        if (i < 0) { /* 99..9 -> 1 with one more power of ten */
            d[0] = '1';
            len = 1;
            (*decpt)++;
        } else {
            d[i]++;
            len = i + 1;
        }
    }
    while (len > 1 && d[len - 1] == '0') len--;
    d[len] = '\0';
    return len;
}

int molt_rounded_digits(double x, int mode, int ndigits, char digits[MOLT_DIGITS_MAX], int *decpt) {
    int n = molt_exact_digits(x, digits, decpt);
    int keep;
    if (mode == 2) {
        keep = ndigits;
    } else {
        /* digits down to 10**-ndigits: decpt + ndigits of them (clamped against int overflow) */
        int64_t k = (int64_t)*decpt + ndigits;
        keep = k > MOLT_DIGITS_MAX ? MOLT_DIGITS_MAX : k < -1 ? -1 : (int)k;
    }
    return round_at(digits, n, decpt, keep);
}

/* ---- shortest round trip ---------------------------------------------------- */

/* Compares 0.A * 10**ea with 0.B * 10**eb (no leading zeros, both > 0; shorter
 * strings continue with zeros): <0, 0, >0. */
static int compare_decimal(const char *a, int ea, const char *b, int eb) {
    if (ea != eb) return ea < eb ? -1 : 1;
    size_t i = 0;
    for (; a[i] && b[i]; i++)
        if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
    for (size_t j = i; a[j]; j++)
        if (a[j] != '0') return 1;
    for (size_t j = i; b[j]; j++)
        if (b[j] != '0') return -1;
    return 0;
}

typedef struct Interval {
    char lo[MOLT_DIGITS_MAX], hi[MOLT_DIGITS_MAX], x[MOLT_DIGITS_MAX];
    int elo, ehi, ex, nx;
    bool closed; /* the midpoints themselves read back as x (m even) */
} Interval;

static bool inside(const Interval *iv, const char *d, int e) {
    int c1 = compare_decimal(iv->lo, iv->elo, d, e), c2 = compare_decimal(d, e, iv->hi, iv->ehi);
    return iv->closed ? (c1 <= 0 && c2 <= 0) : (c1 < 0 && c2 < 0);
}

/* d (n digits, not stripped) += direction units in its last place; keeps n digits. */
static void step(char *d, int n, int *e, int direction) {
    int i = n - 1;
    if (direction > 0) {
        while (i >= 0 && d[i] == '9') d[i--] = '0';
        if (i >= 0) {
            d[i]++;
        } else {
            d[0] = '1';
            (*e)++;
        }
    } else {
        while (i >= 0 && d[i] == '0') d[i--] = '9';
        d[i]--; /* i >= 0: the digits are not all zero */
        if (d[0] == '0') {
            memmove(d, d + 1, (size_t)n - 1);
            d[n - 1] = '9';
            (*e)--;
        }
    }
}

/* The p-digit decimal that reads back as x, if any: x correctly rounded to p
 * digits, else its neighbour on the other side of x. Writes p digits (padded
 * with zeros) and e. */
static bool round_trip(const Interval *iv, int p, char out[24], int *e) {
    char tmp[MOLT_DIGITS_MAX];
    memcpy(tmp, iv->x, (size_t)iv->nx + 1);
    *e = iv->ex;
    int n = round_at(tmp, iv->nx, e, p);
    memcpy(out, tmp, (size_t)n);
    memset(out + n, '0', (size_t)(p - n));
    out[p] = '\0';
    if (inside(iv, out, *e)) return true;
    int side = compare_decimal(out, *e, iv->x, iv->ex);
    step(out, p, e, side > 0 ? -1 : 1);
    return inside(iv, out, *e);
}

int molt_shortest_digits(double x, char digits[24], int *decpt) {
    static Interval iv; /* 2.4 KB: static, the runtime is single-threaded */
    uint64_t m;
    int e;
    decompose(x, &m, &e);
    iv.nx = dyadic_digits(m, e, iv.x, &iv.ex);
    dyadic_digits(2 * m + 1, e - 1, iv.hi, &iv.ehi);
    if (m == ((uint64_t)1 << 52) && e > -1074) /* a power of two: the neighbour below is half as far */
        dyadic_digits(4 * m - 1, e - 2, iv.lo, &iv.elo);
    else
        dyadic_digits(2 * m - 1, e - 1, iv.lo, &iv.elo);
    iv.closed = (m & 1) == 0;
    int lo = 1, hi = 17, ex;
    char d[24];
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (round_trip(&iv, mid, d, &ex)) hi = mid;
        else lo = mid + 1;
    }
    round_trip(&iv, lo, d, &ex);
    int n = lo;
    while (n > 1 && d[n - 1] == '0') n--;
    memcpy(digits, d, (size_t)n);
    digits[n] = '\0';
    *decpt = ex;
    return n;
}
#pragma clang attribute pop
#else
typedef int molt_floatdigits_unused; /* floatdigits_libc.c serves (molt/fmt.h) */
#endif
