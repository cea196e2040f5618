/*
 * number_methods.c — the methods and attributes of int (and bool) and float:
 * bit_length, bit_count, conjugate, as_integer_ratio, is_integer, and the
 * numbers-tower attributes real, imag, numerator, denominator; the builtins
 * bin(), oct(), hex().
 *
 * Source followed: CPython 3.11 Objects/longobject.c (int_bit_length_impl,
 * int_bit_count_impl, int_as_integer_ratio_impl, long_getset),
 * Objects/floatobject.c (float_is_integer_impl, float_as_integer_ratio_impl,
 * float_getset), Python/bltinmodule.c (builtin_bin/oct/hex via PyNumber_ToBase).
 */
#include "bigint.h"

#include <math.h>
#include <string.h>

/* The int value of an int or bool (bool methods answer ints: True.real is 1). New reference. */
static MoltValue exact_int(MoltValue v) {
    return molt_is_bool(v) ? molt_from_smallint(molt_as_bool(v)) : molt_incref(v);
}

MoltValue molt_int_bit_length(MoltValue v) {
    IntView a;
    int_view(v, &a);
    return molt_int_from_u64(mag_bit_length(a.d, a.n));
}

MoltValue molt_int_bit_count(MoltValue v) {
    IntView a;
    int_view(v, &a);
    uint64_t n = 0;
    for (size_t i = 0; i < a.n; i++) n += (uint64_t)__builtin_popcount(a.d[i]);
    return molt_int_from_u64(n);
}

MoltValue molt_int_conjugate(MoltValue v) { return exact_int(v); }

MoltValue molt_int_as_integer_ratio(MoltValue v) {
    return molt_tuple_pack2(exact_int(v), molt_from_smallint(1));
}

MoltValue molt_float_is_integer(MoltValue v) {
    double x = molt_as_double(v);
    return molt_from_bool(isfinite(x) && floor(x) == x);
}

MoltValue molt_float_conjugate(MoltValue v) { return v; }

MoltValue molt_float_as_integer_ratio(MoltValue v) {
    double x = molt_as_double(v);
    if (isinf(x)) {
        molt_err_set(&MoltExc_OverflowError, "cannot convert Infinity to integer ratio");
        return MOLT_ERROR;
    }
    if (isnan(x)) {
        molt_err_set(&MoltExc_ValueError, "cannot convert NaN to integer ratio");
        return MOLT_ERROR;
    }
    int e;
    double m = frexp(x, &e); /* x = m * 2**e, 0.5 <= |m| < 1 */
    int64_t mant = (int64_t)ldexp(m, 53);
    e -= 53;
    while (mant != 0 && (mant & 1) == 0 && e < 0) {
        mant /= 2;
        e++;
    }
    if (mant == 0) e = 0;
    MoltValue num = molt_int_from_i64(mant), den = molt_from_smallint(1);
    MoltValue shift = molt_from_smallint(e < 0 ? -e : e);
    if (e > 0) {
        MoltValue n2 = molt_int_lshift(num, shift);
        molt_decref(num);
        if (n2 == MOLT_ERROR) return MOLT_ERROR;
        num = n2;
    } else if (e < 0) {
        den = molt_int_lshift(den, shift);
        if (den == MOLT_ERROR) {
            molt_decref(num);
            return MOLT_ERROR;
        }
    }
    return molt_tuple_pack2(num, den);
}

MoltValue molt_number_getattr(MoltValue o, MoltValue name) {
    const char *n = molt_str_data(name);
    if (molt_is_intlike(o)) {
        if (strcmp(n, "real") == 0 || strcmp(n, "numerator") == 0) return exact_int(o);
        if (strcmp(n, "imag") == 0) return molt_from_smallint(0);
        if (strcmp(n, "denominator") == 0) return molt_from_smallint(1);
    } else if (molt_is_double(o)) {
        if (strcmp(n, "real") == 0) return o;
        if (strcmp(n, "imag") == 0) return molt_from_double(0.0);
    }
    return MOLT_NOTIMPLEMENTED;
}

/* ---- bin, oct, hex: PyNumber_ToBase ------------------------------------------------ */

static MoltValue to_base(const char *fname, size_t nargs, MoltValue kw, const MoltValue *args, const char *spec) {
    if (molt_arg_one(fname, nargs, kw) < 0) return MOLT_ERROR;
    MoltValue ix = molt_class_number(args[0], "__index__");
    if (ix != MOLT_NOTIMPLEMENTED) {
        if (ix == MOLT_ERROR) return ix;
        MoltValue r = molt_format_cstr(ix, spec);
        molt_decref(ix);
        return r;
    }
    if (!molt_is_intlike(args[0])) {
        molt_err_format(&MoltExc_TypeError, "'%s' object cannot be interpreted as an integer",
                        molt_type_of(args[0])->tp_name);
        return MOLT_ERROR;
    }
    return molt_format_cstr(args[0], spec);
}

static MoltValue bi_bin(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kw) {
    (void)self;
    return to_base("bin", nargs, kw, args, "#b");
}
static MoltValue bi_oct(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kw) {
    (void)self;
    return to_base("oct", nargs, kw, args, "#o");
}
static MoltValue bi_hex(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kw) {
    (void)self;
    return to_base("hex", nargs, kw, args, "#x");
}

MoltBuiltin molt_builtin_bin = MOLT_BUILTIN_INIT("bin", bi_bin);
MoltBuiltin molt_builtin_oct = MOLT_BUILTIN_INIT("oct", bi_oct);
MoltBuiltin molt_builtin_hex = MOLT_BUILTIN_INIT("hex", bi_hex);

/* ---- __index__ / __int__ / __float__ of classes (PyNumber_Index, PyNumber_Long, PyNumber_Float) ---- */

MoltValue molt_class_number(MoltValue v, const char *dunder) {
    MoltType *t = molt_type_of(v);
    if (!(t->tp_flags & MOLT_TPFLAG_HEAPTYPE)) return MOLT_NOTIMPLEMENTED;
    MoltValue name = molt_dunder(dunder);
    if (molt_type_lookup(t, name) == MOLT_ERROR) return MOLT_NOTIMPLEMENTED;
    MoltValue m = molt_getattr(v, name);
    if (m == MOLT_ERROR) return m;
    MoltValue r = molt_call0(m);
    molt_decref(m);
    if (r == MOLT_ERROR) return r;
    bool is_float = strcmp(dunder, "__float__") == 0;
    if (is_float ? molt_is_double(r) : molt_is_intlike(r)) return r;
    if (is_float)
        molt_err_format(&MoltExc_TypeError, "%.50s.__float__ returned non-float (type %.50s)", t->tp_name,
                        molt_type_of(r)->tp_name);
    else
        molt_err_format(&MoltExc_TypeError, "%s returned non-int (type %.200s)", dunder, molt_type_of(r)->tp_name);
    molt_decref(r);
    return MOLT_ERROR;
}
