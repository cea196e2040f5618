/*
 * floatparse.c — decimal text to the nearest double without strtod (the C
 * library's strtod costs about 8 KB of wasm code with its stdio and long
 * double support).
 *
 * The decimal is D * 10**E with an integer D. When D <= 2**53 and |E| <= 22,
 * D and 10**|E| are exact doubles and one multiplication or division rounds
 * correctly (Clinger's fast path). Otherwise the value is exact and simple:
 * for E >= 0 it is the integer N = D * 10**E; for E < 0 it is D / 5**-E
 * scaled by 2**E. Either way a ratio N / M of big integers times a power of
 * two, and the 64 leading bits of N / M come from a binary long division (one
 * quotient bit per step, the divisor pre-shifted so the quotient falls in
 * [2**62, 2**64)); the remainder gives the sticky bit, and molt_ldexp_round
 * (int.c) rounds once, half to even, into the double (subnormals included).
 * Mantissas longer than 800 digits keep their first 800 and a final 1 when any
 * dropped digit is nonzero: no rounding boundary of a double needs more than
 * 767 significant digits, so the result is unchanged.
 *
 * Sources followed: Clinger, "How to Read Floating Point Numbers Accurately"
 * (PLDI 1990): the fast path, and the exact ratio (AlgorithmR's start);
 * CPython 3.12 Python/dtoa.c (_Py_dg_strtod) for the behaviour (round half
 * to even, overflow to inf, underflow to 0).
 */
#include "floatdigits.h"

#include "molt/fmt.h"

#if MOLT_USE_OWN_LIBC
/* cold or rarely hot code: optimised for size (clang's -Oz for these functions only) */
#pragma clang attribute push(__attribute__((minsize)), apply_to = function)

#include <math.h>
#include <stdint.h>
#include <string.h>

#define MAX_DIGITS 800
#define LIMBS 136 /* 4352 bits; the largest operand: 10**801 or 5**1131, times 2**64 (< 2**2730) */

typedef struct Big {
    uint32_t d[LIMBS]; /* little-endian base 2**32 */
    int n;             /* limbs in use, no leading zero limbs (0 for zero) */
} Big;

static void big_trim(Big *b) {
    while (b->n > 0 && b->d[b->n - 1] == 0) b->n--;
}

static void big_mul_add(Big *b, uint32_t f, uint32_t add) {
    uint64_t carry = add;
    for (int i = 0; i < b->n; i++) {
        uint64_t t = (uint64_t)b->d[i] * f + carry;
        b->d[i] = (uint32_t)t;
        carry = t >> 32;
    }
    if (carry) b->d[b->n++] = (uint32_t)carry;
}

static int big_bits(const Big *b) {
    return b->n == 0 ? 0 : 32 * (b->n - 1) + 32 - __builtin_clz(b->d[b->n - 1]);
}

static void big_shl(Big *b, int bits) {
    if (b->n == 0 || bits == 0) return;
    int w = bits / 32, s = bits % 32;
    b->d[b->n] = 0;
    if (s) {
        for (int i = b->n; i > 0; i--) b->d[i] = (b->d[i] << s) | (b->d[i - 1] >> (32 - s));
        b->d[0] <<= s;
        b->n++;
    }
    if (w) {
        memmove(b->d + w, b->d, (size_t)b->n * sizeof b->d[0]);
        memset(b->d, 0, (size_t)w * sizeof b->d[0]);
        b->n += w;
    }
    big_trim(b);
}

static void big_shr1(Big *b) {
    for (int i = 0; i < b->n; i++) b->d[i] = (b->d[i] >> 1) | (i + 1 < b->n ? b->d[i + 1] << 31 : 0);
    big_trim(b);
}

static int big_cmp(const Big *a, const Big *b) {
    if (a->n != b->n) return a->n < b->n ? -1 : 1;
    for (int i = a->n - 1; i >= 0; i--)
        if (a->d[i] != b->d[i]) return a->d[i] < b->d[i] ? -1 : 1;
    return 0;
}

static void big_sub(Big *a, const Big *b) { /* a -= b, a >= b */
    int64_t borrow = 0;
    for (int i = 0; i < a->n; i++) {
        int64_t t = (int64_t)a->d[i] - (i < b->n ? b->d[i] : 0) - borrow;
        borrow = t < 0;
        a->d[i] = (uint32_t)(t + (borrow ? ((int64_t)1 << 32) : 0));
    }
    big_trim(a);
}

static void big_pow(Big *b, uint32_t base, uint32_t chunk, int chunk_exp, int e) {
    b->n = 1;
    b->d[0] = 1;
    for (; e >= chunk_exp; e -= chunk_exp) big_mul_add(b, chunk, 0);
    while (e-- > 0) big_mul_add(b, base, 0);
}

double molt_parse_decimal(const char *s) {
    static Big num, den; /* 1 KB each: static, the runtime is single-threaded */
    bool negative = *s == '-';
    if (*s == '+' || *s == '-') s++;
    /* the significant digits (leading zeros skipped), the position of the point among them */
    int ndig = 0, dexp = 0; /* value = 0.DIGITS * 10**dexp */
    bool seen_point = false, started = false, dropped_nonzero = false;
    num.n = 0;
    uint32_t chunk = 0;
    int chunk_len = 0;
    for (; *s && *s != 'e' && *s != 'E'; s++) {
        if (*s == '.') {
            seen_point = true;
            continue;
        }
        int dgt = *s - '0';
        if (!started && dgt == 0) {
            if (seen_point) dexp--;
            continue;
        }
        started = true;
        if (!seen_point) dexp++;
        if (ndig >= MAX_DIGITS) {
            dropped_nonzero |= dgt != 0;
            continue;
        }
        chunk = chunk * 10 + (uint32_t)dgt;
        ndig++;
        if (++chunk_len == 9) {
            big_mul_add(&num, 1000000000u, chunk);
            chunk = 0;
            chunk_len = 0;
        }
    }
    if (dropped_nonzero) { /* a final 1 stands for the dropped digits */
        chunk = chunk * 10 + 1;
        chunk_len++;
        ndig++;
    }
    if (chunk_len) {
        uint32_t p10 = 1;
        for (int i = 0; i < chunk_len; i++) p10 *= 10;
        big_mul_add(&num, p10, chunk);
    }
    if (*s == 'e' || *s == 'E') {
        s++;
        bool eneg = *s == '-';
        if (*s == '+' || *s == '-') s++;
        long e = 0;
        for (; *s >= '0' && *s <= '9'; s++)
            if (e < 100000) e = e * 10 + (*s - '0');
        dexp += (int)(eneg ? -e : e);
    }
    double zero = negative ? -0.0 : 0.0;
    if (num.n == 0 || dexp < -330) return zero; /* below 1e-330: under half the least subnormal */
    if (dexp > 310) return negative ? -HUGE_VAL : HUGE_VAL;
    int e10 = dexp - ndig; /* value = NUM * 10**e10 */
    if (num.n <= 2 && e10 >= -22 && e10 <= 22) { /* Clinger's fast path: one correctly rounded operation */
        uint64_t d = num.d[0] | (num.n == 2 ? (uint64_t)num.d[1] << 32 : 0);
        if (d <= (uint64_t)1 << 53) {
            static const double pow10[23] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                             1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
            double r = e10 >= 0 ? (double)d * pow10[e10] : (double)d / pow10[-e10];
            return negative ? -r : r;
        }
    }
    int64_t exp2 = 0;
    if (e10 >= 0) {
        for (int i = 0; i < e10; i++) big_mul_add(&num, 10, 0);
        den.n = 1;
        den.d[0] = 1;
    } else {
        big_pow(&den, 5, 1220703125u, 13, -e10); /* 10**e10 = 5**e10 * 2**e10 */
        exp2 = e10;
    }
    /* quotient bits: num * 2**(63 - b) / den lies in [2**62, 2**64) */
    int b = big_bits(&num) - big_bits(&den);
    if (63 - b >= 0) big_shl(&num, 63 - b);
    else big_shl(&den, b - 63);
    exp2 -= 63 - b;
    big_shl(&den, 63);
    uint64_t q = 0;
    for (int bit = 63; bit >= 0; bit--) {
        if (big_cmp(&num, &den) >= 0) {
            big_sub(&num, &den);
            q |= (uint64_t)1 << bit;
        }
        big_shr1(&den);
    }
    bool overflow;
    double r = molt_ldexp_round(q, num.n != 0, exp2, &overflow);
    return negative ? -r : r;
}
#pragma clang attribute pop
#else
typedef int molt_floatparse_unused; /* floatdigits_libc.c serves (molt/fmt.h) */
#endif
