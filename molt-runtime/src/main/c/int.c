/*
 * int.c — the int and bool types: arithmetic with Python's floor semantics,
 * two's-complement bitwise operations, comparison, conversions.
 * Small ints take a fast path; everything else goes through IntView + limbs.
 *
 * Source followed: CPython 3.12 Objects/longobject.c (l_divmod, long_pow,
 * long_rshift, long_bitwise, long_true_divide), Objects/boolobject.c.
 */
#include "bigint.h"

#include <math.h>
#include <stdlib.h>

bool molt_is_int(MoltValue v) {
    return molt_is_smallint(v) || (molt_is_ptr(v) && molt_as_ptr(v)->type == &MoltInt_Type);
}
bool molt_is_intlike(MoltValue v) { return molt_is_int(v) || molt_is_bool(v); }

MoltValue molt_int_from_u64(uint64_t u) {
    if (u <= (uint64_t)MOLT_SMALLINT_MAX) return molt_from_smallint((int64_t)u);
    uint32_t d[2] = {(uint32_t)u, (uint32_t)(u >> 32)};
    return int_from_mag(1, d, 2);
}

MoltValue molt_int_from_i64(int64_t i) {
    if (molt_smallint_fits(i)) return molt_from_smallint(i);
    uint64_t m = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
    uint32_t d[2] = {(uint32_t)m, (uint32_t)(m >> 32)};
    return int_from_mag(i < 0 ? -1 : 1, d, 2);
}

MoltValue molt_int_from_double(double x) {
    if (isinf(x)) {
        molt_err_set(&MoltExc_OverflowError, "cannot convert float infinity to integer");
        return MOLT_ERROR;
    }
    if (isnan(x)) {
        molt_err_set(&MoltExc_ValueError, "cannot convert float NaN to integer");
        return MOLT_ERROR;
    }
    x = trunc(x);
    if (fabs(x) < 9.2e18) return molt_int_from_i64((int64_t)x);
    int e;
    double m = frexp(fabs(x), &e); /* |x| = m * 2**e, 0.5 <= m < 1 */
    uint64_t mant = (uint64_t)ldexp(m, 53);
    e -= 53; /* e > 0 here */
    size_t n = (size_t)e / 32 + 3;
    MoltBigInt *r = bigint_alloc(n);
    if (!r) return MOLT_ERROR;
    unsigned sh = (unsigned)e % 32;
    size_t base = (size_t)e / 32;
    /* mant has 53 bits; shifted by < 32 it needs up to 85 bits: three limbs. */
    uint64_t lo = mant << sh;
    uint64_t hi = sh ? mant >> (64 - sh) : 0;
    r->limbs[base] = (uint32_t)lo;
    r->limbs[base + 1] = (uint32_t)(lo >> 32);
    r->limbs[base + 2] = (uint32_t)hi;
    return bigint_finish(r, x < 0 ? -1 : 1);
}

int molt_int_sign(MoltValue v) {
    IntView a;
    int_view(v, &a);
    return a.sign;
}

int molt_int_as_i64(MoltValue v, int64_t *out) {
    if (molt_is_smallint(v)) {
        *out = molt_as_smallint(v);
        return 0;
    }
    if (molt_is_bool(v)) {
        *out = molt_as_bool(v);
        return 0;
    }
    IntView a;
    int_view(v, &a);
    if (a.n <= 2) {
        uint64_t m = ((uint64_t)a.d[1] << 32) | a.d[0];
        if (a.sign > 0 && m <= (uint64_t)INT64_MAX) {
            *out = (int64_t)m;
            return 0;
        }
        if (a.sign < 0 && m <= (uint64_t)INT64_MAX + 1) {
            *out = (int64_t)(0 - m);
            return 0;
        }
    }
    molt_err_set(&MoltExc_OverflowError, "Python int too large to convert to C int64_t");
    return -1;
}

double molt_ldexp_round(uint64_t q, bool sticky, int64_t exp2, bool *overflow) {
    *overflow = false;
    if (q == 0) return 0.0;
    int nb = 64 - __builtin_clzll(q);
    int64_t top = nb - 1 + exp2; /* value in [2**top, 2**(top+1)) */
    if (top >= 1024) {
        *overflow = true;
        return HUGE_VAL;
    }
    int64_t p = top >= -1022 ? 53 : 53 - (-1022 - top);
    int64_t drop = nb - p;
    if (drop <= 0) return ldexp((double)q, (int)exp2);
    uint64_t m, rem, half;
    if (drop >= 65) return 0.0; /* below half of the smallest subnormal */
    if (drop == 64) {
        m = 0;
        rem = q;
        half = UINT64_C(1) << 63;
    } else {
        m = q >> drop;
        rem = q & ((UINT64_C(1) << drop) - 1);
        half = UINT64_C(1) << (drop - 1);
    }
    if (rem > half || (rem == half && (sticky || (m & 1)))) m++;
    double r = ldexp((double)m, (int)(exp2 + drop));
    if (isinf(r)) *overflow = true;
    return r;
}

/* Top 64 bits of a magnitude, the bit position of their lsb, and whether
 * anything nonzero lies below. */
static uint64_t mag_top64(const uint32_t *d, size_t n, int64_t *exp2, bool *sticky) {
    uint64_t bits = mag_bit_length(d, n);
    if (bits <= 64) {
        *exp2 = 0;
        *sticky = false;
        return n == 0 ? 0 : n == 1 ? d[0] : ((uint64_t)d[1] << 32) | d[0];
    }
    uint64_t shift = bits - 64;
    size_t limb = (size_t)(shift / 32);
    unsigned sh = (unsigned)(shift % 32);
    uint32_t w0 = d[limb], w1 = limb + 1 < n ? d[limb + 1] : 0, w2 = limb + 2 < n ? d[limb + 2] : 0;
    uint64_t q = sh == 0 ? ((uint64_t)w1 << 32) | w0
                         : ((uint64_t)w0 >> sh) | ((uint64_t)w1 << (32 - sh)) | ((uint64_t)w2 << (64 - sh));
    bool st = sh ? (w0 & ((UINT32_C(1) << sh) - 1)) != 0 : false;
    for (size_t i = 0; i < limb && !st; i++) st = d[i] != 0;
    *sticky = st;
    *exp2 = (int64_t)shift;
    return q;
}

int molt_int_as_double(MoltValue v, double *out) {
    if (molt_is_smallint(v)) {
        *out = (double)molt_as_smallint(v);
        return 0;
    }
    if (molt_is_bool(v)) {
        *out = molt_as_bool(v);
        return 0;
    }
    IntView a;
    int_view(v, &a);
    int64_t e;
    bool sticky, ovf;
    uint64_t q = mag_top64(a.d, a.n, &e, &sticky);
    double r = molt_ldexp_round(q, sticky, e, &ovf);
    if (ovf) {
        molt_err_set(&MoltExc_OverflowError, "int too large to convert to float");
        return -1;
    }
    *out = a.sign < 0 ? -r : r;
    return 0;
}

int molt_int_compare(MoltValue x, MoltValue y) {
    if (molt_is_smallint(x) && molt_is_smallint(y)) {
        int64_t a = molt_as_smallint(x), b = molt_as_smallint(y);
        return a < b ? -1 : a > b;
    }
    IntView a, b;
    int_view(x, &a);
    int_view(y, &b);
    if (a.sign != b.sign) return a.sign < b.sign ? -1 : 1;
    int c = mag_cmp(a.d, a.n, b.d, b.n);
    return a.sign < 0 ? -c : c;
}

/* ---- add / sub / mul ---------------------------------------------------- */

static MoltValue signed_add(const IntView *a, const IntView *b, int bsign) {
    if (b->sign == 0) return int_from_mag(a->sign, a->d, a->n);
    if (a->sign == 0) return int_from_mag(bsign, b->d, b->n);
    if (a->sign == bsign) {
        size_t n = (a->n > b->n ? a->n : b->n) + 1;
        MoltBigInt *r = bigint_alloc(n);
        if (!r) return MOLT_ERROR;
        mag_add(r->limbs, a->d, a->n, b->d, b->n);
        return bigint_finish(r, a->sign);
    }
    int c = mag_cmp(a->d, a->n, b->d, b->n);
    if (c == 0) return molt_from_smallint(0);
    const IntView *big = c > 0 ? a : b, *small = c > 0 ? b : a;
    MoltBigInt *r = bigint_alloc(big->n);
    if (!r) return MOLT_ERROR;
    mag_sub(r->limbs, big->d, big->n, small->d, small->n);
    return bigint_finish(r, c > 0 ? a->sign : bsign);
}

MoltValue molt_int_add(MoltValue x, MoltValue y) {
    if (molt_is_smallint(x) && molt_is_smallint(y))
        return molt_int_from_i64(molt_as_smallint(x) + molt_as_smallint(y));
    IntView a, b;
    int_view(x, &a);
    int_view(y, &b);
    return signed_add(&a, &b, b.sign);
}

MoltValue molt_int_sub(MoltValue x, MoltValue y) {
    if (molt_is_smallint(x) && molt_is_smallint(y))
        return molt_int_from_i64(molt_as_smallint(x) - molt_as_smallint(y));
    IntView a, b;
    int_view(x, &a);
    int_view(y, &b);
    return signed_add(&a, &b, -b.sign);
}

MoltValue molt_int_mul(MoltValue x, MoltValue y) {
    if (molt_is_smallint(x) && molt_is_smallint(y)) {
        /* Both below 2**31 in magnitude: the product fits in int64. (Not __builtin_mul_overflow:
         * on wasm32 it needs compiler-rt's __multi3.) */
        int64_t a = molt_as_smallint(x), b = molt_as_smallint(y);
        if (a > -INT64_C(0x80000000) && a < INT64_C(0x80000000) && b > -INT64_C(0x80000000) && b < INT64_C(0x80000000))
            return molt_int_from_i64(a * b);
    }
    IntView a, b;
    int_view(x, &a);
    int_view(y, &b);
    if (a.sign == 0 || b.sign == 0) return molt_from_smallint(0);
    MoltBigInt *r = bigint_alloc(a.n + b.n);
    if (!r) return MOLT_ERROR;
    mag_mul(r->limbs, a.d, a.n, b.d, b.n);
    return bigint_finish(r, a.sign * b.sign);
}

/* ---- division ----------------------------------------------------------- */

/* Floor division and modulo (l_divmod). Either output may be NULL. */
static int int_divmod(MoltValue x, MoltValue y, MoltValue *pq, MoltValue *pr, const char *zero_msg) {
    if (molt_is_smallint(x) && molt_is_smallint(y) && molt_as_smallint(y) != 0) {
        int64_t a = molt_as_smallint(x), b = molt_as_smallint(y);
        int64_t q = a / b, r = a % b;
        if (r != 0 && ((r < 0) != (b < 0))) {
            q -= 1;
            r += b;
        }
        if (pq) *pq = molt_int_from_i64(q);
        if (pr) *pr = molt_from_smallint(r);
        return 0;
    }
    IntView a, b;
    int_view(x, &a);
    int_view(y, &b);
    if (b.sign == 0) {
        molt_err_set(&MoltExc_ZeroDivisionError, zero_msg);
        return -1;
    }
    MoltBigInt *q = NULL, *r = NULL;
    if (a.n < b.n || mag_cmp(a.d, a.n, b.d, b.n) < 0) {
        q = bigint_alloc(1);
        r = bigint_alloc(a.n);
        if (!q || !r) goto fail;
        if (a.n) memcpy(r->limbs, a.d, a.n * sizeof(uint32_t));
    } else {
        q = bigint_alloc(a.n - b.n + 1);
        r = bigint_alloc(b.n);
        if (!q || !r) goto fail;
        if (mag_divrem(q->limbs, r->limbs, a.d, a.n, b.d, b.n) < 0) goto fail;
    }
    bool rzero = mag_normalize(r->limbs, (size_t)r->size) == 0;
    int qsign = a.sign * b.sign;
    if (qsign < 0 && !rzero) {
        /* q = -(Q + 1), r = sign(b) * (|b| - R) */
        MoltBigInt *q1 = bigint_alloc((size_t)q->size + 1);
        MoltBigInt *r1 = bigint_alloc(b.n);
        if (!q1 || !r1) {
            if (q1) molt_free_object(&q1->ob);
            if (r1) molt_free_object(&r1->ob);
            goto fail;
        }
        uint32_t one = 1;
        mag_add(q1->limbs, q->limbs, (size_t)q->size, &one, 1);
        size_t rn = mag_normalize(r->limbs, (size_t)r->size);
        mag_sub(r1->limbs, b.d, b.n, r->limbs, rn);
        molt_free_object(&q->ob);
        molt_free_object(&r->ob);
        q = q1;
        r = r1;
    }
    MoltValue qv = bigint_finish(q, qsign);
    MoltValue rv = bigint_finish(r, b.sign);
    if (pq) *pq = qv; else molt_decref(qv);
    if (pr) *pr = rv; else molt_decref(rv);
    return 0;
fail:
    if (q) molt_free_object(&q->ob);
    if (r) molt_free_object(&r->ob);
    return -1;
}

MoltValue molt_int_floordiv(MoltValue x, MoltValue y) {
    MoltValue q;
    if (int_divmod(x, y, &q, NULL, "integer division or modulo by zero") < 0) return MOLT_ERROR;
    return q;
}

MoltValue molt_int_mod(MoltValue x, MoltValue y) {
    MoltValue r;
    if (int_divmod(x, y, NULL, &r, "integer modulo by zero") < 0) return MOLT_ERROR;
    return r;
}

MoltValue molt_int_divmod(MoltValue x, MoltValue y) {
    MoltValue q, r;
    if (int_divmod(x, y, &q, &r, "integer division or modulo by zero") < 0) return MOLT_ERROR;
    return molt_tuple_pack2(q, r);
}

/* Correctly rounded a / b (long_true_divide's result, by a simpler route:
 * a 64-bit quotient with a sticky bit, rounded once by molt_ldexp_round). */
MoltValue molt_int_truediv(MoltValue x, MoltValue y) {
    IntView a, b;
    int_view(x, &a);
    int_view(y, &b);
    if (b.sign == 0) {
        molt_err_set(&MoltExc_ZeroDivisionError, "division by zero");
        return MOLT_ERROR;
    }
    if (a.sign == 0) return molt_from_double(b.sign < 0 ? -0.0 : 0.0);
    uint64_t na = mag_bit_length(a.d, a.n), nb = mag_bit_length(b.d, b.n);
    if (na <= 53 && nb <= 53) {
        double da, db;
        molt_int_as_double(x, &da);
        molt_int_as_double(y, &db);
        return molt_from_double(da / db);
    }
    /* shift so that the quotient has 64 or 65 bits: q = floor(|a| * 2**s / |b|) */
    int64_t s = 64 - ((int64_t)na - (int64_t)nb);
    size_t sh_limbs = (size_t)((s > 0 ? s : -s) / 32);
    unsigned sh_bits = (unsigned)((s > 0 ? s : -s) % 32);
    const uint32_t *num = a.d, *den = b.d;
    size_t nnum = a.n, nden = b.n;
    uint32_t *tmp = malloc((a.n + b.n + sh_limbs + 2) * sizeof(uint32_t));
    if (!tmp) return molt_err_nomemory();
    /* shift the numerator left (s > 0) or the denominator left (s < 0) */
    const uint32_t *src = s > 0 ? a.d : b.d;
    size_t nsrc = s > 0 ? a.n : b.n;
    memset(tmp, 0, (nsrc + sh_limbs + 1) * sizeof(uint32_t));
    for (size_t i = 0; i < nsrc; i++) {
        uint64_t w = (uint64_t)src[i] << sh_bits;
        tmp[i + sh_limbs] |= (uint32_t)w;
        tmp[i + sh_limbs + 1] |= (uint32_t)(w >> 32);
    }
    size_t nshift = mag_normalize(tmp, nsrc + sh_limbs + 1);
    if (s > 0) {
        num = tmp;
        nnum = nshift;
    } else {
        den = tmp;
        nden = nshift;
    }
    uint32_t *q = malloc((nnum + 1) * sizeof(uint32_t));
    uint32_t *r = malloc((nden + 1) * sizeof(uint32_t));
    if (!q || !r) {
        free(tmp);
        free(q);
        free(r);
        return molt_err_nomemory();
    }
    uint64_t qv = 0;
    bool sticky = false;
    if (nnum >= nden && mag_cmp(num, nnum, den, nden) >= 0) {
        if (mag_divrem(q, r, num, nnum, den, nden) < 0) {
            free(tmp);
            free(q);
            free(r);
            return MOLT_ERROR;
        }
        size_t nq = mag_normalize(q, nnum - nden + 1);
        qv = nq == 0 ? 0 : nq == 1 ? q[0] : ((uint64_t)q[1] << 32) | q[0];
        if (nq == 3) { /* a 65-bit quotient: fold its lowest bit into sticky */
            qv = ((uint64_t)q[2] << 63) | ((((uint64_t)q[1] << 32) | q[0]) >> 1);
            sticky = (q[0] & 1) != 0;
            s -= 1;
        }
        sticky = sticky || mag_normalize(r, nden) != 0;
    }
    free(tmp);
    free(q);
    free(r);
    bool ovf;
    double d = molt_ldexp_round(qv, sticky, -s, &ovf);
    if (ovf) {
        molt_err_set(&MoltExc_OverflowError, "integer division result too large for a float");
        return MOLT_ERROR;
    }
    return molt_from_double(a.sign * b.sign < 0 ? -d : d);
}
