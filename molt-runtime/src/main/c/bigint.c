/*
 * bigint.c — INTERNAL magnitude arithmetic for heap ints (see bigint.h).
 */
#include "bigint.h"

#include <stdlib.h>

void int_view(MoltValue v, IntView *iv) {
    if (molt_is_smallint(v) || molt_is_bool(v)) {
        int64_t i = molt_is_bool(v) ? (int64_t)molt_as_bool(v) : molt_as_smallint(v);
        uint64_t m = i < 0 ? (uint64_t)(-i) : (uint64_t)i;
        iv->sign = i < 0 ? -1 : i > 0;
        iv->buf[0] = (uint32_t)m;
        iv->buf[1] = (uint32_t)(m >> 32);
        iv->n = m == 0 ? 0 : iv->buf[1] ? 2 : 1;
        iv->d = iv->buf;
        return;
    }
    MoltBigInt *b = (MoltBigInt *)molt_as_ptr(v);
    iv->sign = b->size < 0 ? -1 : 1;
    iv->n = (size_t)(b->size < 0 ? -b->size : b->size);
    iv->d = b->limbs;
}

MoltBigInt *bigint_alloc(size_t n) {
    if (n > (SIZE_MAX - sizeof(MoltBigInt)) / sizeof(uint32_t) / 2) {
        molt_err_nomemory();
        return NULL;
    }
    MoltBigInt *r = molt_alloc_object(&MoltInt_Type, sizeof(MoltBigInt) + (n ? n : 1) * sizeof(uint32_t));
    if (!r) return NULL;
    r->size = (int64_t)n;
    memset(r->limbs, 0, (n ? n : 1) * sizeof(uint32_t));
    return r;
}

size_t mag_normalize(const uint32_t *d, size_t n) {
    while (n > 0 && d[n - 1] == 0) n--;
    return n;
}

MoltValue bigint_finish(MoltBigInt *r, int sign) {
    size_t n = mag_normalize(r->limbs, (size_t)r->size);
    if (n <= 2) {
        uint64_t m = n == 0 ? 0 : n == 1 ? r->limbs[0] : ((uint64_t)r->limbs[1] << 32) | r->limbs[0];
        if (m <= (uint64_t)MOLT_SMALLINT_MAX || (sign < 0 && m == (uint64_t)MOLT_SMALLINT_MAX + 1)) {
            molt_free_object(&r->ob);
            int64_t i = sign < 0 ? -(int64_t)m : (int64_t)m;
            return molt_from_smallint(i);
        }
    }
    r->size = sign < 0 ? -(int64_t)n : (int64_t)n;
    return molt_from_ptr(r);
}

MoltValue int_from_mag(int sign, const uint32_t *d, size_t n) {
    n = mag_normalize(d, n);
    MoltBigInt *r = bigint_alloc(n);
    if (!r) return MOLT_ERROR;
    if (n) memcpy(r->limbs, d, n * sizeof(uint32_t));
    return bigint_finish(r, sign);
}

int mag_cmp(const uint32_t *a, size_t na, const uint32_t *b, size_t nb) {
    if (na != nb) return na < nb ? -1 : 1;
    for (size_t i = na; i-- > 0;)
        if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
    return 0;
}

void mag_add(uint32_t *r, const uint32_t *a, size_t na, const uint32_t *b, size_t nb) {
    if (na < nb) {
        const uint32_t *t = a;
        a = b;
        b = t;
        size_t tn = na;
        na = nb;
        nb = tn;
    }
    uint64_t carry = 0;
    size_t i = 0;
    for (; i < nb; i++) {
        carry += (uint64_t)a[i] + b[i];
        r[i] = (uint32_t)carry;
        carry >>= 32;
    }
    for (; i < na; i++) {
        carry += a[i];
        r[i] = (uint32_t)carry;
        carry >>= 32;
    }
    r[na] = (uint32_t)carry;
}

void mag_sub(uint32_t *r, const uint32_t *a, size_t na, const uint32_t *b, size_t nb) {
    int64_t borrow = 0;
    size_t i = 0;
    for (; i < nb; i++) {
        int64_t t = (int64_t)a[i] - b[i] - borrow;
        borrow = t < 0;
        r[i] = (uint32_t)t;
    }
    for (; i < na; i++) {
        int64_t t = (int64_t)a[i] - borrow;
        borrow = t < 0;
        r[i] = (uint32_t)t;
    }
}

#define KARATSUBA_CUTOFF 48

static void mag_mul_school(uint32_t *r, const uint32_t *a, size_t na, const uint32_t *b, size_t nb) {
    memset(r, 0, (na + nb) * sizeof(uint32_t));
    for (size_t i = 0; i < na; i++) {
        uint64_t carry = 0, ai = a[i];
        if (ai == 0) continue;
        for (size_t j = 0; j < nb; j++) {
            carry += ai * b[j] + r[i + j];
            r[i + j] = (uint32_t)carry;
            carry >>= 32;
        }
        r[i + nb] = (uint32_t)carry;
    }
}

/* r += a (r has room; carries propagate within rn limbs). */
static void mag_add_into(uint32_t *r, size_t rn, const uint32_t *a, size_t na) {
    uint64_t carry = 0;
    size_t i = 0;
    for (; i < na; i++) {
        carry += (uint64_t)r[i] + a[i];
        r[i] = (uint32_t)carry;
        carry >>= 32;
    }
    for (; carry && i < rn; i++) {
        carry += r[i];
        r[i] = (uint32_t)carry;
        carry >>= 32;
    }
}

/* Karatsuba on balanced operands (CPython's k_mul, simplified); falls back
 * to schoolbook for small or unbalanced sizes. */
void mag_mul(uint32_t *r, const uint32_t *a, size_t na, const uint32_t *b, size_t nb) {
    if (na < KARATSUBA_CUTOFF || nb < KARATSUBA_CUTOFF || na > 2 * nb || nb > 2 * na) {
        mag_mul_school(r, a, na, b, nb);
        return;
    }
    size_t h = (na > nb ? na : nb) / 2;
    if (h >= na || h >= nb) {
        mag_mul_school(r, a, na, b, nb);
        return;
    }
    /* a = a1*B^h + a0, b = b1*B^h + b0 */
    const uint32_t *a0 = a, *a1 = a + h, *b0 = b, *b1 = b + h;
    size_t na0 = mag_normalize(a0, h), nb0 = mag_normalize(b0, h), na1 = na - h, nb1 = nb - h;
    size_t sa = (na1 > na0 ? na1 : na0) + 1, sb = (nb1 > nb0 ? nb1 : nb0) + 1;
    uint32_t *tmp = malloc((sa + sb + sa + sb) * sizeof(uint32_t));
    if (!tmp) { /* out of memory: the slow path needs none */
        mag_mul_school(r, a, na, b, nb);
        return;
    }
    uint32_t *asum = tmp, *bsum = tmp + sa, *prod = tmp + sa + sb;
    memset(r, 0, (na + nb) * sizeof(uint32_t));
    mag_mul(r, a0, na0, b0, nb0);                 /* z0 at r[0..) */
    mag_mul(r + 2 * h, a1, na1, b1, nb1);         /* z2 at r[2h..) */
    mag_add(asum, a1, na1, a0, na0);
    mag_add(bsum, b1, nb1, b0, nb0);
    size_t nas = mag_normalize(asum, sa), nbs = mag_normalize(bsum, sb);
    mag_mul(prod, asum, nas, bsum, nbs);          /* (a0+a1)(b0+b1) */
    size_t np = mag_normalize(prod, nas + nbs);
    /* middle = prod - z0 - z2 */
    size_t nz0 = mag_normalize(r, na0 + nb0);
    mag_sub(prod, prod, np, r, nz0);
    size_t nz2 = mag_normalize(r + 2 * h, na1 + nb1);
    np = mag_normalize(prod, np);
    mag_sub(prod, prod, np, r + 2 * h, nz2);
    np = mag_normalize(prod, np);
    mag_add_into(r + h, na + nb - h, prod, np);
    free(tmp);
}

uint32_t mag_divrem_small(uint32_t *q, const uint32_t *a, size_t na, uint32_t d) {
    uint64_t rem = 0;
    for (size_t i = na; i-- > 0;) {
        uint64_t cur = (rem << 32) | a[i];
        q[i] = (uint32_t)(cur / d);
        rem = cur % d;
    }
    return (uint32_t)rem;
}

static int clz32(uint32_t x) { return x ? __builtin_clz(x) : 32; }

int mag_divrem(uint32_t *q, uint32_t *r, const uint32_t *a, size_t na, const uint32_t *b, size_t nb) {
    if (nb == 1) {
        r[0] = mag_divrem_small(q, a, na, b[0]);
        return 0;
    }
    /* Knuth algorithm D with normalisation shift s. */
    int s = clz32(b[nb - 1]);
    uint32_t *un = malloc((na + 1 + nb) * sizeof(uint32_t));
    if (!un) {
        molt_err_nomemory();
        return -1;
    }
    uint32_t *vn = un + na + 1;
    for (size_t i = nb - 1; i > 0; i--)
        vn[i] = (b[i] << s) | (s ? (uint32_t)((uint64_t)b[i - 1] >> (32 - s)) : 0);
    vn[0] = b[0] << s;
    un[na] = s ? (uint32_t)((uint64_t)a[na - 1] >> (32 - s)) : 0;
    for (size_t i = na - 1; i > 0; i--)
        un[i] = (a[i] << s) | (s ? (uint32_t)((uint64_t)a[i - 1] >> (32 - s)) : 0);
    un[0] = a[0] << s;
    const uint64_t B = UINT64_C(1) << 32;
    for (size_t j = na - nb + 1; j-- > 0;) {
        uint64_t num = ((uint64_t)un[j + nb] << 32) | un[j + nb - 1];
        uint64_t qhat = num / vn[nb - 1];
        uint64_t rhat = num % vn[nb - 1];
        while (qhat >= B || qhat * vn[nb - 2] > ((rhat << 32) | un[j + nb - 2])) {
            qhat--;
            rhat += vn[nb - 1];
            if (rhat >= B) break;
        }
        int64_t borrow = 0;
        uint64_t carry = 0;
        for (size_t i = 0; i < nb; i++) {
            uint64_t p = qhat * vn[i] + carry;
            carry = p >> 32;
            int64_t t = (int64_t)un[i + j] - (int64_t)(uint32_t)p - borrow;
            un[i + j] = (uint32_t)t;
            borrow = t < 0;
        }
        int64_t t = (int64_t)un[j + nb] - (int64_t)carry - borrow;
        un[j + nb] = (uint32_t)t;
        if (t < 0) { /* qhat was one too large: add back */
            qhat--;
            uint64_t c = 0;
            for (size_t i = 0; i < nb; i++) {
                c += (uint64_t)un[i + j] + vn[i];
                un[i + j] = (uint32_t)c;
                c >>= 32;
            }
            un[j + nb] += (uint32_t)c;
        }
        q[j] = (uint32_t)qhat;
    }
    for (size_t i = 0; i < nb; i++)
        r[i] = (un[i] >> s) | (s ? (uint32_t)((uint64_t)un[i + 1] << (32 - s)) : 0);
    free(un);
    return 0;
}

uint64_t mag_bit_length(const uint32_t *a, size_t na) {
    na = mag_normalize(a, na);
    if (na == 0) return 0;
    return (uint64_t)(na - 1) * 32 + (uint64_t)(32 - clz32(a[na - 1]));
}
