/*
 * int_bits.c — int negation/abs/invert, shifts and two's-complement bitwise
 * operations on arbitrary-size ints, and pow (also modular, with negative
 * exponents via the modular inverse).
 *
 * Source followed: CPython 3.12 Objects/longobject.c (long_invert,
 * long_lshift, long_rshift, long_bitwise, long_pow, long_invmod, long_round).
 */
#include "bigint.h"

#include <math.h>
#include <stdlib.h>

MoltValue molt_int_neg(MoltValue x) {
    if (molt_is_smallint(x) || molt_is_bool(x)) {
        int64_t i = molt_is_bool(x) ? molt_as_bool(x) : molt_as_smallint(x);
        return molt_int_from_i64(-i);
    }
    IntView a;
    int_view(x, &a);
    return int_from_mag(-a.sign, a.d, a.n);
}

MoltValue molt_int_abs(MoltValue x) {
    return molt_int_sign(x) < 0 ? molt_int_neg(x) : (molt_is_bool(x) ? molt_from_smallint(molt_as_bool(x)) : molt_incref(x));
}

MoltValue molt_int_invert(MoltValue x) {
    /* ~x == -(x + 1) */
    MoltValue one = molt_from_smallint(1);
    MoltValue t = molt_int_add(x, one);
    if (t == MOLT_ERROR) return t;
    MoltValue r = molt_int_neg(t);
    molt_decref(t);
    return r;
}

static int shift_count(MoltValue y, int64_t *out, bool left) {
    if (molt_int_sign(y) < 0) {
        molt_err_set(&MoltExc_ValueError, "negative shift count");
        return -1;
    }
    if (molt_int_as_i64(y, out) < 0) {
        molt_err_clear();
        if (left) {
            molt_err_set(&MoltExc_OverflowError, "too many digits in integer");
            return -1;
        }
        *out = INT64_MAX;
    }
    return 0;
}

MoltValue molt_int_lshift(MoltValue x, MoltValue y) {
    int64_t n;
    if (shift_count(y, &n, true) < 0) return MOLT_ERROR;
    IntView a;
    int_view(x, &a);
    if (a.sign == 0) return molt_from_smallint(0);
    if (molt_is_smallint(x) && n < 16) {
        int64_t v = molt_as_smallint(x);
        return molt_int_from_i64(v * ((int64_t)1 << n)); /* |v| < 2**47: no overflow */
    }
    if ((uint64_t)n / 32 > (SIZE_MAX / 8)) {
        molt_err_set(&MoltExc_OverflowError, "too many digits in integer");
        return MOLT_ERROR;
    }
    size_t limbs = (size_t)(n / 32);
    unsigned bits = (unsigned)(n % 32);
    MoltBigInt *r = bigint_alloc(a.n + limbs + 1);
    if (!r) return MOLT_ERROR;
    for (size_t i = 0; i < a.n; i++) {
        uint64_t w = (uint64_t)a.d[i] << bits;
        r->limbs[i + limbs] |= (uint32_t)w;
        r->limbs[i + limbs + 1] |= (uint32_t)(w >> 32);
    }
    return bigint_finish(r, a.sign);
}

/* Magnitude right shift: r = a >> n, returns whether any 1 bit was shifted out. */
static bool mag_rshift(uint32_t *r, const uint32_t *a, size_t na, int64_t n) {
    size_t limbs = (size_t)(n / 32);
    unsigned bits = (unsigned)(n % 32);
    bool lost = false;
    for (size_t i = 0; i < limbs && i < na; i++) lost |= a[i] != 0;
    if (limbs < na && bits) lost |= (a[limbs] & ((UINT32_C(1) << bits) - 1)) != 0;
    for (size_t i = 0; i + limbs < na; i++) {
        uint64_t w = a[i + limbs];
        if (i + limbs + 1 < na) w |= (uint64_t)a[i + limbs + 1] << 32;
        r[i] = (uint32_t)(w >> bits);
    }
    return lost;
}

MoltValue molt_int_rshift(MoltValue x, MoltValue y) {
    int64_t n;
    if (shift_count(y, &n, false) < 0) return MOLT_ERROR;
    if (molt_is_smallint(x) || molt_is_bool(x)) {
        int64_t v = molt_is_bool(x) ? molt_as_bool(x) : molt_as_smallint(x);
        return molt_from_smallint(n >= 63 ? (v < 0 ? -1 : 0) : v >> n); /* arithmetic shift floors */
    }
    IntView a;
    int_view(x, &a);
    if ((uint64_t)n >= (uint64_t)a.n * 32) return molt_from_smallint(a.sign < 0 ? -1 : 0);
    size_t rn = a.n - (size_t)(n / 32) + 1;
    MoltBigInt *r = bigint_alloc(rn);
    if (!r) return MOLT_ERROR;
    bool lost = mag_rshift(r->limbs, a.d, a.n, n);
    if (a.sign < 0 && lost) { /* floor: -( |a| >> n ) - 1 when bits were lost */
        uint64_t carry = 1;
        for (size_t i = 0; i < rn && carry; i++) {
            carry += r->limbs[i];
            r->limbs[i] = (uint32_t)carry;
            carry >>= 32;
        }
    }
    return bigint_finish(r, a.sign);
}

/* Two's-complement limbs of v, n limbs wide (n > magnitude limbs). */
static void to_twos(const IntView *v, uint32_t *out, size_t n) {
    for (size_t i = 0; i < n; i++) out[i] = i < v->n ? v->d[i] : 0;
    if (v->sign < 0) {
        uint64_t carry = 1;
        for (size_t i = 0; i < n; i++) {
            carry += (uint32_t)~out[i];
            out[i] = (uint32_t)carry;
            carry >>= 32;
        }
    }
}

static MoltValue int_bitwise(MoltValue x, MoltValue y, char op) {
    if ((molt_is_smallint(x) || molt_is_bool(x)) && (molt_is_smallint(y) || molt_is_bool(y))) {
        int64_t a = molt_is_bool(x) ? molt_as_bool(x) : molt_as_smallint(x);
        int64_t b = molt_is_bool(y) ? molt_as_bool(y) : molt_as_smallint(y);
        return molt_from_smallint(op == '&' ? a & b : op == '|' ? a | b : a ^ b);
    }
    IntView a, b;
    int_view(x, &a);
    int_view(y, &b);
    size_t n = (a.n > b.n ? a.n : b.n) + 1;
    uint32_t *ta = malloc(2 * n * sizeof(uint32_t));
    if (!ta) return molt_err_nomemory();
    uint32_t *tb = ta + n;
    to_twos(&a, ta, n);
    to_twos(&b, tb, n);
    MoltBigInt *r = bigint_alloc(n);
    if (!r) {
        free(ta);
        return MOLT_ERROR;
    }
    for (size_t i = 0; i < n; i++)
        r->limbs[i] = op == '&' ? ta[i] & tb[i] : op == '|' ? ta[i] | tb[i] : ta[i] ^ tb[i];
    free(ta);
    int sign = 1;
    if (r->limbs[n - 1] & UINT32_C(0x80000000)) { /* negative: back to magnitude */
        sign = -1;
        uint64_t carry = 1;
        for (size_t i = 0; i < n; i++) {
            carry += (uint32_t)~r->limbs[i];
            r->limbs[i] = (uint32_t)carry;
            carry >>= 32;
        }
    }
    return bigint_finish(r, sign);
}

MoltValue molt_int_and(MoltValue x, MoltValue y) { return int_bitwise(x, y, '&'); }
MoltValue molt_int_or(MoltValue x, MoltValue y) { return int_bitwise(x, y, '|'); }
MoltValue molt_int_xor(MoltValue x, MoltValue y) { return int_bitwise(x, y, '^'); }

/* ---- pow ------------------------------------------------------------------ */

/* r = r * x (mod m if m != NONE); steals r. */
static MoltValue mulmod(MoltValue r, MoltValue x, MoltValue m) {
    MoltValue t = molt_int_mul(r, x);
    molt_decref(r);
    if (t == MOLT_ERROR || m == MOLT_NONE) return t;
    MoltValue u = molt_int_mod(t, m);
    molt_decref(t);
    return u;
}

/* Modular inverse of a mod m (m > 0) by the extended Euclidean algorithm. */
static MoltValue int_invmod(MoltValue a, MoltValue m) {
    MoltValue b = molt_incref(m), x0 = molt_from_smallint(1), x1 = molt_from_smallint(0);
    MoltValue aa = molt_int_mod(a, m);
    if (aa == MOLT_ERROR) return MOLT_ERROR;
    while (molt_int_sign(b) != 0) {
        MoltValue qr = molt_int_divmod(aa, b);
        if (qr == MOLT_ERROR) goto fail;
        MoltValue q = molt_tuple_get(qr, 0), r = molt_tuple_get(qr, 1);
        MoltValue qx1 = molt_int_mul(q, x1);
        MoltValue nx = qx1 == MOLT_ERROR ? MOLT_ERROR : molt_int_sub(x0, qx1);
        molt_xdecref(qx1);
        if (nx == MOLT_ERROR) {
            molt_decref(qr);
            goto fail;
        }
        molt_decref(aa);
        aa = b;
        b = molt_incref(r);
        molt_decref(x0);
        x0 = x1;
        x1 = nx;
        molt_decref(qr);
    }
    bool one = molt_int_compare(aa, molt_from_smallint(1)) == 0;
    molt_decref(aa);
    molt_decref(b);
    molt_decref(x1);
    if (!one) {
        molt_decref(x0);
        molt_err_set(&MoltExc_ValueError, "base is not invertible for the given modulus");
        return MOLT_ERROR;
    }
    MoltValue res = molt_int_mod(x0, m);
    molt_decref(x0);
    return res;
fail:
    molt_decref(aa);
    molt_decref(b);
    molt_decref(x0);
    molt_decref(x1);
    return MOLT_ERROR;
}

MoltValue molt_int_pow(MoltValue x, MoltValue y, MoltValue m) {
    bool negm = false;
    MoltValue base = molt_incref(x), mod = MOLT_NONE;
    if (m != MOLT_NONE) {
        if (molt_int_sign(m) == 0) {
            molt_decref(base);
            molt_err_set(&MoltExc_ValueError, "pow() 3rd argument cannot be 0");
            return MOLT_ERROR;
        }
        negm = molt_int_sign(m) < 0;
        mod = negm ? molt_int_neg(m) : molt_incref(m);
        if (mod == MOLT_ERROR) {
            molt_decref(base);
            return MOLT_ERROR;
        }
    }
    MoltValue exp = molt_incref(y);
    if (molt_int_sign(y) < 0) {
        if (mod == MOLT_NONE) {
            molt_decref(base);
            molt_decref(exp);
            double a, b;
            if (molt_int_as_double(x, &a) < 0 || molt_int_as_double(y, &b) < 0) return MOLT_ERROR;
            if (a == 0.0) {
                molt_err_set(&MoltExc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
                return MOLT_ERROR;
            }
            MoltValue fa = molt_from_double(a), fb = molt_from_double(b);
            return molt_pow(fa, fb, MOLT_NONE);
        }
        MoltValue inv = int_invmod(base, mod);
        molt_decref(base);
        molt_decref(exp);
        if (inv == MOLT_ERROR) {
            molt_decref(mod);
            return MOLT_ERROR;
        }
        base = inv;
        exp = molt_int_neg(y);
    }
    if (mod != MOLT_NONE) {
        MoltValue b2 = molt_int_mod(base, mod);
        molt_decref(base);
        base = b2;
    }
    MoltValue result = molt_from_smallint(1);
    if (mod != MOLT_NONE && molt_int_compare(mod, result) == 0) result = molt_from_smallint(0);
    /* left-to-right binary exponentiation over the exponent's bits */
    IntView e;
    int_view(exp, &e);
    uint64_t bits = mag_bit_length(e.d, e.n);
    for (uint64_t i = bits; i-- > 0 && result != MOLT_ERROR;) {
        result = mulmod(result, result, mod);
        if (result != MOLT_ERROR && ((e.d[i / 32] >> (i % 32)) & 1)) result = mulmod(result, base, mod);
    }
    molt_decref(base);
    molt_decref(exp);
    if (result != MOLT_ERROR && negm && molt_int_sign(result) != 0) {
        /* Python: the result takes the sign of a negative modulus. */
        MoltValue t = molt_int_sub(result, mod);
        molt_decref(result);
        result = t;
    }
    molt_xdecref(mod);
    return result;
}

/* ---- round ------------------------------------------------------------------ */

MoltValue molt_int_round(MoltValue x, MoltValue ndigits) {
    if (ndigits == MOLT_NONE) return molt_is_bool(x) ? molt_from_smallint(molt_as_bool(x)) : molt_incref(x);
    if (!molt_is_intlike(ndigits)) {
        molt_err_format(&MoltExc_TypeError, "'%s' object cannot be interpreted as an integer",
                        molt_type_of(ndigits)->tp_name);
        return MOLT_ERROR;
    }
    if (molt_int_sign(ndigits) >= 0) return molt_is_bool(x) ? molt_from_smallint(molt_as_bool(x)) : molt_incref(x);
    /* long_round: q, r = divmod(x, 10**-n); round half to even; q * 10**-n */
    MoltValue k = molt_int_neg(ndigits);
    if (k == MOLT_ERROR) return MOLT_ERROR;
    MoltValue pow10 = molt_int_pow(molt_from_smallint(10), k, MOLT_NONE);
    molt_decref(k);
    if (pow10 == MOLT_ERROR) return MOLT_ERROR;
    MoltValue qr = molt_int_divmod(x, pow10);
    if (qr == MOLT_ERROR) {
        molt_decref(pow10);
        return MOLT_ERROR;
    }
    MoltValue q = molt_incref(molt_tuple_get(qr, 0)), r = molt_tuple_get(qr, 1);
    MoltValue twice = molt_int_lshift(r, molt_from_smallint(1));
    molt_decref(qr);
    if (twice == MOLT_ERROR) {
        molt_decref(q);
        molt_decref(pow10);
        return MOLT_ERROR;
    }
    int c = molt_int_compare(twice, pow10);
    molt_decref(twice);
    bool q_odd = molt_int_sign(q) != 0 && (molt_is_smallint(q) ? (molt_as_smallint(q) & 1)
                                                              : (((MoltBigInt *)molt_as_ptr(q))->limbs[0] & 1));
    if (c > 0 || (c == 0 && q_odd)) {
        MoltValue q1 = molt_int_add(q, molt_from_smallint(1));
        molt_decref(q);
        q = q1;
    }
    MoltValue result = q == MOLT_ERROR ? MOLT_ERROR : molt_int_mul(q, pow10);
    molt_xdecref(q);
    molt_decref(pow10);
    return result;
}
