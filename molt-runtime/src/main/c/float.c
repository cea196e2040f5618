/*
 * float.c — the float type: arithmetic with CPython's special cases and sign
 * rules, exact comparison with ints, hash.
 *
 * Source followed: CPython 3.11 Objects/floatobject.c (float_div, float_rem,
 * float_divmod, float_floor_div, float_pow, float_richcompare) and
 * Python/pyhash.c (_Py_HashDouble). Error texts are 3.11's.
 */
#include "molt/molt.h"
#include "molt/method_defs.h"
#include "slots.h"

#include <math.h>

bool molt_is_float(MoltValue v) { return molt_is_double(v); }

int molt_number_as_double(MoltValue v, double *out) {
    if (molt_is_double(v)) {
        *out = molt_as_double(v);
        return 1;
    }
    if (molt_is_intlike(v)) return molt_int_as_double(v, out) < 0 ? -1 : 1;
    return 0;
}

/* CONVERT_TO_DOUBLE: NotImplemented for foreign types. */
#define CONVERT(v, d)                             \
    do {                                          \
        int k_ = molt_number_as_double(v, &d);    \
        if (k_ == 0) return MOLT_NOTIMPLEMENTED;  \
        if (k_ < 0) return MOLT_ERROR;            \
    } while (0)

MoltValue float_nb_add(MoltValue v, MoltValue w) {
    double a, b;
    CONVERT(v, a);
    CONVERT(w, b);
    return molt_from_double(a + b);
}

MoltValue float_nb_sub(MoltValue v, MoltValue w) {
    double a, b;
    CONVERT(v, a);
    CONVERT(w, b);
    return molt_from_double(a - b);
}

MoltValue float_nb_mul(MoltValue v, MoltValue w) {
    double a, b;
    CONVERT(v, a);
    CONVERT(w, b);
    return molt_from_double(a * b);
}

MoltValue float_nb_div(MoltValue v, MoltValue w) {
    double a, b;
    CONVERT(v, a);
    CONVERT(w, b);
    if (b == 0.0) {
        molt_err_set(&MoltExc_ZeroDivisionError, "float division by zero");
        return MOLT_ERROR;
    }
    return molt_from_double(a / b);
}

MoltValue float_nb_rem(MoltValue v, MoltValue w) {
    double vx, wx;
    CONVERT(v, vx);
    CONVERT(w, wx);
    if (wx == 0.0) {
        molt_err_set(&MoltExc_ZeroDivisionError, "float modulo");
        return MOLT_ERROR;
    }
    double mod = fmod(vx, wx);
    if (mod) {
        if ((wx < 0) != (mod < 0)) mod += wx;
    } else {
        mod = copysign(0.0, wx);
    }
    return molt_from_double(mod);
}

static void float_div_mod(double vx, double wx, double *floordiv, double *mod) {
    double div;
    *mod = fmod(vx, wx);
    div = (vx - *mod) / wx;
    if (*mod) {
        if ((wx < 0) != (*mod < 0)) {
            *mod += wx;
            div -= 1.0;
        }
    } else {
        *mod = copysign(0.0, wx);
    }
    if (div) {
        *floordiv = floor(div);
        if (div - *floordiv > 0.5) *floordiv += 1.0;
    } else {
        *floordiv = copysign(0.0, vx / wx);
    }
}

MoltValue float_nb_divmod(MoltValue v, MoltValue w) {
    double vx, wx, d, m;
    CONVERT(v, vx);
    CONVERT(w, wx);
    if (wx == 0.0) {
        molt_err_set(&MoltExc_ZeroDivisionError, "float divmod()");
        return MOLT_ERROR;
    }
    float_div_mod(vx, wx, &d, &m);
    return molt_tuple_pack2(molt_from_double(d), molt_from_double(m));
}

MoltValue float_nb_floor_div(MoltValue v, MoltValue w) {
    double vx, wx, d, m;
    CONVERT(v, vx);
    CONVERT(w, wx);
    if (wx == 0.0) {
        molt_err_set(&MoltExc_ZeroDivisionError, "float floor division by zero");
        return MOLT_ERROR;
    }
    float_div_mod(vx, wx, &d, &m);
    return molt_from_double(d);
}

#define DOUBLE_IS_ODD_INTEGER(x) (fmod(fabs(x), 2.0) == 1.0)

MoltValue float_nb_pow(MoltValue v, MoltValue w, MoltValue z) {
    double iv, iw, ix;
    int negate_result = 0;
    if (z != MOLT_NONE) {
        molt_err_set(&MoltExc_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
        return MOLT_ERROR;
    }
    CONVERT(v, iv);
    CONVERT(w, iw);
    if (iw == 0) return molt_from_double(1.0);
    if (isnan(iv)) return molt_from_double(iv);
    if (isnan(iw)) return molt_from_double(iv == 1.0 ? 1.0 : iw);
    if (isinf(iw)) {
        iv = fabs(iv);
        if (iv == 1.0) return molt_from_double(1.0);
        if ((iw > 0.0) == (iv > 1.0)) return molt_from_double(fabs(iw));
        return molt_from_double(0.0);
    }
    if (isinf(iv)) {
        int odd = DOUBLE_IS_ODD_INTEGER(iw);
        if (iw > 0.0) return molt_from_double(odd ? iv : fabs(iv));
        return molt_from_double(odd ? copysign(0.0, iv) : 0.0);
    }
    if (iv == 0.0) {
        int odd = DOUBLE_IS_ODD_INTEGER(iw);
        if (iw < 0.0) {
            molt_err_set(&MoltExc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
            return MOLT_ERROR;
        }
        return molt_from_double(odd ? iv : 0.0);
    }
    if (iv < 0.0) {
        if (iw != floor(iw)) {
            /* CPython returns a complex number here; Molt has no complex type yet. */
            molt_err_set(&MoltExc_NotImplementedError,
                         "unsupported: a negative float raised to a fractional power is complex");
            return MOLT_ERROR;
        }
        iv = -iv;
        negate_result = DOUBLE_IS_ODD_INTEGER(iw);
    }
    if (iv == 1.0) return molt_from_double(negate_result ? -1.0 : 1.0);
    ix = pow(iv, iw);
    if (isinf(ix)) {
        molt_err_set(&MoltExc_OverflowError, "(34, 'Numerical result out of range')");
        return MOLT_ERROR;
    }
    return molt_from_double(negate_result ? -ix : ix);
}

MoltValue float_nb_neg(MoltValue v) { return molt_from_double(-molt_as_double(v)); }
MoltValue float_nb_pos(MoltValue v) { return v; }
MoltValue float_nb_abs(MoltValue v) { return molt_from_double(fabs(molt_as_double(v))); }
int float_nb_bool(MoltValue v) { return molt_as_double(v) != 0.0; }

/* ---- comparison ---------------------------------------------------------- */

/* Exact three-way comparison of a finite double with an int. */
static int compare_double_int(double a, MoltValue b, int *err) {
    *err = 0;
    if (molt_is_smallint(b) || molt_is_bool(b)) {
        double d;
        molt_int_as_double(b, &d); /* exact: |b| < 2**47 */
        return a < d ? -1 : a > d;
    }
    double ip = trunc(a), frac = a - ip;
    MoltValue ai = molt_int_from_double(ip);
    if (ai == MOLT_ERROR) {
        *err = 1;
        return 0;
    }
    int c = molt_int_compare(ai, b);
    molt_decref(ai);
    if (c != 0) return c;
    return frac < 0 ? -1 : frac > 0;
}

static MoltValue float_richcompare(MoltValue v, MoltValue w, int op) {
    double a = molt_as_double(v), b;
    if (molt_is_double(w)) {
        b = molt_as_double(w);
        switch (op) {
        case MOLT_LT: return molt_from_bool(a < b);
        case MOLT_LE: return molt_from_bool(a <= b);
        case MOLT_EQ: return molt_from_bool(a == b);
        case MOLT_NE: return molt_from_bool(a != b);
        case MOLT_GT: return molt_from_bool(a > b);
        default: return molt_from_bool(a >= b);
        }
    }
    if (!molt_is_intlike(w)) return MOLT_NOTIMPLEMENTED;
    if (isnan(a)) return molt_from_bool(op == MOLT_NE);
    if (isinf(a)) return molt_cmp_result(a > 0 ? 1 : -1, op);
    int err;
    int c = compare_double_int(a, w, &err);
    if (err) return MOLT_ERROR;
    return molt_cmp_result(c, op);
}

/* ---- hash ----------------------------------------------------------------- */

#define HASH_BITS 61
#define HASH_MODULUS ((UINT64_C(1) << HASH_BITS) - 1)
#define HASH_INF 314159

MoltHash molt_double_hash(double v) {
    if (!isfinite(v)) {
        if (isinf(v)) return v > 0 ? HASH_INF : -HASH_INF;
        return 0;
    }
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0, y;
    while (m) {
        x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
        m *= 268435456.0; /* 2**28 */
        e -= 28;
        y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MODULUS) x -= HASH_MODULUS;
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
    x = x * (uint64_t)(int64_t)sign;
    if (x == UINT64_MAX) x = UINT64_MAX - 1;
    return (MoltHash)x;
}

static MoltHash float_hash(MoltValue v) { return molt_double_hash(molt_as_double(v)); }

MoltType MoltFloat_Type = {
    .ob = MOLT_STATIC_HEADER(&MoltType_Type),
    .tp_name = "float",
    .tp_methods = molt_methods_float,
    .tp_repr = molt_float_repr,
    .tp_hash = float_hash,
    .tp_richcompare = float_richcompare,
    .tp_index = MOLT_TI_FLOAT,
    .tp_base = &MoltBaseObject_Type,
    .tp_mro = MOLT_NONE,
    .tp_dict = MOLT_NONE,
};
