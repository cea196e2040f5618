/* Molt C runtime: helpers for the code generators (ops with no single runtime entry).
 *
 * The C backend's generated file includes this header and gets every helper as `static inline`
 * (so the C compiler can inline them into generated code). codegen_extern.c defines
 * MOLT_CG_EXTERN before including it, which gives each helper external linkage: that is the copy
 * the WebAssembly backend's generated object calls (docs/wasm.md). Every helper follows the
 * runtime's conventions (docs/runtime.md): obj results are new references or MOLT_ERROR with the
 * current exception set; int results are 0 or -1 with the exception set. */
#ifndef MOLT_CODEGEN_H
#define MOLT_CODEGEN_H

#include "molt/molt.h"

#ifdef MOLT_CG_EXTERN
#define MOLT_CG_FN
#define MOLT_CG_VAR
#else
#define MOLT_CG_FN static inline
#define MOLT_CG_VAR static
#endif


/* py.const.unbound: a reserved tag of the NaN-boxing scheme, never a Python value (value.h). */
#define MOLT_CG_UNBOUND ((MoltValue)UINT64_C(0xFFF8000000000000))

/* The exception being handled (sys.exception()), for py.exc_push/py.exc_pop/py.reraise. Owned. */
MOLT_CG_VAR MoltValue molt_cg_handled = MOLT_NONE;

/* py.load_global: the module global in *slot (MOLT_ERROR: unbound), else the builtin, else NameError. */
MOLT_CG_FN MoltValue molt_cg_load_global(MoltValue slot, const char *name) {
    if (slot != MOLT_ERROR) return molt_incref(slot);
    return molt_builtin(name); /* immortal; MOLT_ERROR + NameError "name 'x' is not defined" */
}

/* py.load_global with a cache of the builtin: the module global (slot, MOLT_ERROR when unbound), else the builtin,
 * looked up once by name and kept in *cache (builtins are immortal and the builtins table never changes). */
MOLT_CG_FN MoltValue molt_cg_load_global_cached(MoltValue slot, MoltValue *cache, const char *name) {
    if (MOLT_LIKELY(slot != MOLT_ERROR)) return molt_incref(slot);
    if (MOLT_LIKELY(*cache != 0)) return *cache;
    MoltValue b = molt_builtin(name);
    if (b != MOLT_ERROR) *cache = b;
    return b;
}

/* py.store_global */
MOLT_CG_FN void molt_cg_store_global(MoltValue *slot, MoltValue v) {
    MoltValue old = *slot;
    *slot = molt_incref(v);
    if (old != MOLT_ERROR) molt_decref(old);
}

/* py.delete_global: 0, or -1 with NameError. */
MOLT_CG_FN int molt_cg_delete_global(MoltValue *slot, const char *name) {
    if (*slot == MOLT_ERROR) {
        molt_err_format(&MoltExc_NameError, "name '%s' is not defined", name);
        return -1;
    }
    molt_decref(*slot);
    *slot = MOLT_ERROR;
    return 0;
}

/* py.raise exc[, cause]: CPython's do_raise (Python/ceval.c), with implicit chaining (__context__). Always returns -1
 * with the exception set. */
MOLT_CG_FN int molt_cg_raise(MoltValue exc) {
    MoltType *t = molt_type_of(exc);
    if (t == &MoltType_Type) {
        MoltType *cls = (MoltType *)molt_as_ptr(exc);
        if (!molt_type_is_subtype(cls, &MoltExc_BaseException)) goto bad;
        MoltValue inst;
        if (cls->tp_vectorcall != NULL) {
            inst = molt_call(exc, NULL, 0, 0);
        } else { /* a builtin exception class the runtime cannot call yet: BaseException.__new__ with () */
            MoltValue args = molt_tuple_new(0);
            if (args == MOLT_ERROR) return -1;
            inst = molt_exc_new(cls, args);
            molt_decref(args);
        }
        if (inst == MOLT_ERROR) return -1;
        if (!molt_is_exception(inst)) {
            molt_err_format(&MoltExc_TypeError,
                            "calling %s should have returned an instance of BaseException, not %s",
                            cls->tp_name, molt_type_of(inst)->tp_name);
            molt_decref(inst);
            return -1;
        }
        molt_err_set_context(inst);
        molt_err_set_raised(inst);
        return -1;
    }
    if (molt_is_exception(exc)) {
        molt_err_set_context(exc);
        molt_err_set_raised(molt_incref(exc));
        return -1;
    }
bad:
    molt_err_set(&MoltExc_TypeError, "exceptions must derive from BaseException");
    return -1;
}

/* py.raise exc, cause (`raise exc from cause`): CPython's do_raise with a cause — the cause (None, an exception
 * instance, or an exception class, which is called) becomes exc.__cause__ and __suppress_context__ is set. Always
 * returns -1 with the exception set. */
MOLT_CG_FN int molt_cg_raise_from(MoltValue exc, MoltValue cause) {
    MoltValue c;
    if (cause == MOLT_NONE) {
        c = MOLT_NONE;
    } else if (molt_is_exception(cause)) {
        c = molt_incref(cause);
    } else if (molt_type_of(cause) == &MoltType_Type &&
               molt_type_is_subtype((MoltType *)molt_as_ptr(cause), &MoltExc_BaseException)) {
        c = molt_call(cause, NULL, 0, 0);
        if (c == MOLT_ERROR) return -1;
        if (!molt_is_exception(c)) {
            molt_err_format(&MoltExc_TypeError,
                            "calling %s should have returned an instance of BaseException, not %s",
                            ((MoltType *)molt_as_ptr(cause))->tp_name, molt_type_of(c)->tp_name);
            molt_decref(c);
            return -1;
        }
    } else {
        molt_err_set(&MoltExc_TypeError, "exception causes must derive from BaseException");
        return -1;
    }
    if (molt_cg_raise(exc) < 0 && molt_err_occurred()) {
        MoltValue e = molt_err_fetch();
        if (molt_is_exception(e) && molt_type_is_subtype(molt_type_of(e), &MoltExc_BaseException) &&
            (molt_setattr(e, molt_dunder("__cause__"), c) < 0 ||
             molt_setattr(e, molt_dunder("__suppress_context__"), MOLT_TRUE) < 0)) {
            molt_decref(e);
            molt_decref(c);
            return -1;
        }
        molt_err_restore(e);
    }
    molt_decref(c);
    return -1;
}

/* py.reraise (bare `raise` outside a handler's lexical scope): -1 with the handled exception set again. */
MOLT_CG_FN int molt_cg_reraise(void) {
    if (molt_cg_handled == MOLT_NONE) {
        molt_err_set(&MoltExc_RuntimeError, "No active exception to reraise");
        return -1;
    }
    molt_err_restore(molt_incref(molt_cg_handled));
    return -1;
}

/* py.exc_push: returns the previously handled exception (ownership moves to the caller). */
MOLT_CG_FN MoltValue molt_cg_exc_push(MoltValue exc) {
    MoltValue prev = molt_cg_handled;
    molt_cg_handled = molt_incref(exc);
    molt_err_handled = molt_cg_handled;
    return prev;
}

/* py.exc_pop: restores `prev` (as returned by molt_cg_exc_push). */
MOLT_CG_FN void molt_cg_exc_pop(MoltValue prev) {
    MoltValue cur = molt_cg_handled;
    molt_cg_handled = molt_incref(prev);
    molt_err_handled = molt_cg_handled;
    molt_decref(cur);
}

/* py.exc_match: isinstance(exc, T) for a class or tuple of classes deriving from BaseException. */
MOLT_CG_FN int molt_cg_exc_match(MoltValue exc, MoltValue cls) {
    if (molt_is_tuple(cls)) {
        for (int64_t i = 0, n = molt_tuple_size(cls); i < n; i++) {
            int r = molt_cg_exc_match(exc, molt_tuple_get(cls, i));
            if (r != 0) return r;
        }
        return 0;
    }
    if (molt_type_of(cls) != &MoltType_Type
        || !molt_type_is_subtype((MoltType *)molt_as_ptr(cls), &MoltExc_BaseException)) {
        molt_err_set(&MoltExc_TypeError,
                     "catching classes that do not inherit from BaseException is not allowed");
        return -1;
    }
    return molt_isinstance(exc, cls);
}

/* py.check_bound: -1 with UnboundLocalError when v is the unbound marker. */
MOLT_CG_FN int molt_cg_check_bound(MoltValue v, const char *name) {
    if (v != MOLT_CG_UNBOUND) return 0;
    molt_err_format(&MoltExc_UnboundLocalError,
                    "cannot access local variable '%s' where it is not associated with a value", name);
    return -1;
}

/* py.not */
MOLT_CG_FN MoltValue molt_cg_not(MoltValue v) {
    int t = molt_is_true(v);
    return t < 0 ? MOLT_ERROR : molt_from_bool(!t);
}

/* py.in / py.not_in */
MOLT_CG_FN MoltValue molt_cg_contains(MoltValue item, MoltValue container, bool negate) {
    int r = molt_contains(container, item);
    return r < 0 ? MOLT_ERROR : molt_from_bool(negate ? !r : r);
}

/* py.len */
MOLT_CG_FN MoltValue molt_cg_len(MoltValue v) {
    int64_t n = molt_len(v);
    return n < 0 ? MOLT_ERROR : molt_int_from_i64(n);
}

/* py.build_tuple */
MOLT_CG_FN MoltValue molt_cg_tuple(const MoltValue *items, int64_t n) {
    MoltValue t = molt_tuple_new(n);
    if (t == MOLT_ERROR) return t;
    for (int64_t i = 0; i < n; i++) molt_tuple_set(t, i, molt_incref(items[i]));
    return t;
}

/* py.load_name: the class namespace `ns`, then the module global / builtin (CPython LOAD_NAME). */
MOLT_CG_FN MoltValue molt_cg_load_name(MoltValue ns, MoltValue key, MoltValue slot, const char *name) {
    MoltValue v = molt_dict_lookup(ns, key);
    if (v != MOLT_ERROR) return molt_incref(v);
    if (molt_err_occurred() != NULL) return MOLT_ERROR;
    return molt_cg_load_global(slot, name);
}

/* py.delete_name: 0, or -1 with NameError "name 'x' is not defined". */
MOLT_CG_FN int molt_cg_delete_name(MoltValue ns, MoltValue key, const char *name) {
    if (molt_dict_delitem(ns, key) == 0) return 0;
    if (molt_err_matches(&MoltExc_KeyError)) {
        molt_err_clear();
        molt_err_format(&MoltExc_NameError, "name '%s' is not defined", name);
    }
    return -1;
}

/* py.make_class body, bases, kw {name, qualname}: __build_class__ for classes without keywords — run the body on
 * a fresh namespace holding __module__ and __qualname__, then type(name, bases, ns). */
MOLT_CG_FN MoltValue molt_cg_make_class(MoltValue body, MoltValue bases, MoltValue kw, const char *name,
                                           MoltValue qualname) {
    if (kw != MOLT_NONE) {
        molt_err_set(&MoltExc_NotImplementedError, "class keywords (metaclass=...) are not supported yet");
        return MOLT_ERROR;
    }
    MoltValue ns = molt_dict_new();
    if (ns == MOLT_ERROR) return ns;
    MoltValue mod = molt_str_from_cstr("__main__");
    if (mod == MOLT_ERROR || molt_dict_setitem(ns, molt_dunder("__module__"), mod) < 0
        || molt_dict_setitem(ns, molt_dunder("__qualname__"), qualname) < 0) {
        molt_xdecref(mod);
        molt_decref(ns);
        return MOLT_ERROR;
    }
    molt_decref(mod);
    MoltValue r = molt_call1(body, ns);
    if (r == MOLT_ERROR) {
        molt_decref(ns);
        return r;
    }
    molt_decref(r);
    MoltValue cls = molt_make_class(name, bases, ns);
    molt_decref(ns);
    return cls;
}

/* py.unbox.f64 */
MOLT_CG_FN int molt_cg_unbox_f64(MoltValue v, double *out) {
    int r = molt_number_as_double(v, out);
    if (r == 0) {
        molt_err_format(&MoltExc_TypeError, "must be real number, not %s", molt_type_of(v)->tp_name);
        return -1;
    }
    return r < 0 ? -1 : 0;
}

/* py.unbox.i64 */
MOLT_CG_FN int molt_cg_unbox_i64(MoltValue v, int64_t *out) {
    if (!molt_is_int(v)) {
        molt_err_format(&MoltExc_TypeError, "'%s' object cannot be interpreted as an integer",
                        molt_type_of(v)->tp_name);
        return -1;
    }
    return molt_int_as_i64(v, out);
}

/* py.format value, spec {conversion} */
MOLT_CG_FN MoltValue molt_cg_format(MoltValue v, MoltValue spec, char conversion) {
    MoltValue c = MOLT_ERROR;
    if (conversion == 'r' || conversion == 'a') c = molt_repr(v); /* 'a': ascii() not in the runtime yet */
    else if (conversion == 's') c = molt_str(v);
    else return molt_format(v, spec);
    if (c == MOLT_ERROR) return c;
    MoltValue r = molt_format(c, spec);
    molt_decref(c);
    return r;
}

/* py.build_string */
MOLT_CG_FN MoltValue molt_cg_build_string(const MoltValue *parts, int64_t n) {
    MoltStrBuf b;
    molt_strbuf_init(&b);
    for (int64_t i = 0; i < n; i++) molt_strbuf_append_str(&b, parts[i]);
    return molt_strbuf_finish(&b);
}

/* py.unpack_ex {before, after}: `a, *b, c = it` into out[0 .. before + after] (the starred list at out[before]).
 * Returns 0, or -1 with ValueError "not enough values to unpack (expected at least N, got M)". */
MOLT_CG_FN int molt_cg_unpack_ex(MoltValue it, MoltValue *out, int64_t before, int64_t after) {
    MoltValue l = molt_list_from_iterable(it);
    if (l == MOLT_ERROR) return -1;
    int64_t n = molt_list_size(l);
    if (n < before + after) {
        molt_err_format(&MoltExc_ValueError, "not enough values to unpack (expected at least %lld, got %lld)",
                        (long long)(before + after), (long long)n);
        molt_decref(l);
        return -1;
    }
    MoltValue mid = molt_list_new(n - before - after);
    if (mid == MOLT_ERROR) {
        molt_decref(l);
        return -1;
    }
    for (int64_t i = 0; i < before; i++) out[i] = molt_incref(molt_list_get(l, i));
    for (int64_t j = 0; j < n - before - after; j++) molt_list_set(mid, j, molt_incref(molt_list_get(l, before + j)));
    out[before] = mid;
    for (int64_t k = 0; k < after; k++) out[before + 1 + k] = molt_incref(molt_list_get(l, n - after + k));
    molt_decref(l);
    return 0;
}

/* i64.floordiv / i64.mod with Python's rounding (the lowering guards b != 0 and MIN // -1). */
MOLT_CG_FN int64_t molt_cg_floordiv_i64(int64_t a, int64_t b) {
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
    return q;
}
MOLT_CG_FN int64_t molt_cg_mod_i64(int64_t a, int64_t b) {
    int64_t r = a % b;
    if (r != 0 && ((r < 0) != (b < 0))) r += b;
    return r;
}

/* ---- fast paths ------------------------------------------------------------------------------
 *
 * Inline versions of the generic operations for the common operand kinds (both small ints, both floats, a
 * float and a small int, a list or tuple indexed by a small int, a call of a Molt function with exactly its
 * positional parameters). Each computes what the runtime entry it stands for would compute (CPython's
 * int_add/float_add/..., Objects/longobject.c and floatobject.c) and falls back to that entry for every
 * other case, so results, errors and their messages are the runtime's. Small ints have 48 bits, so the sum or
 * difference of two never overflows int64_t; a result outside the small-int range takes the runtime path
 * (which makes a big int). */

/* Both words are small ints: one compare on the xor of their tags. */
#define MOLT_CG_BOTH_SMALLINT(a, b) ((((a) ^ MOLT_TAG_INT) | ((b) ^ MOLT_TAG_INT)) <= MOLT_PAYLOAD_MASK)
/* Both words are floats (doubles stored as themselves). */
#define MOLT_CG_BOTH_DOUBLE(a, b) (((a) | (b)) < UINT64_C(0xFFF8000000000000) || \
                                   (molt_is_double(a) && molt_is_double(b)))

/* The two operands as doubles when both are floats, or one is a float and the other a small int (exactly
 * representable: 48 bits), as CPython's float binary operators convert them. */
MOLT_CG_FN bool molt_cg_as_doubles(MoltValue a, MoltValue b, double *x, double *y) {
    if (molt_is_double(a)) {
        *x = molt_as_double(a);
        if (molt_is_double(b)) *y = molt_as_double(b);
        else if (molt_is_smallint(b)) *y = (double)molt_as_smallint(b);
        else return false;
        return true;
    }
    if (molt_is_smallint(a) && molt_is_double(b)) {
        *x = (double)molt_as_smallint(a);
        *y = molt_as_double(b);
        return true;
    }
    return false;
}

MOLT_CG_FN MoltValue molt_cg_small_result(int64_t r, MoltValue a, MoltValue b, MoltValue (*slow)(MoltValue, MoltValue)) {
    return MOLT_LIKELY(molt_smallint_fits(r)) ? molt_from_smallint(r) : slow(a, b);
}

#define MOLT_CG_ARITH(NAME, SLOW, IOP, FOP)                                                       \
    MOLT_CG_FN MoltValue NAME(MoltValue a, MoltValue b) {                                         \
        if (MOLT_LIKELY(MOLT_CG_BOTH_SMALLINT(a, b)))                                              \
            return molt_cg_small_result(molt_as_smallint(a) IOP molt_as_smallint(b), a, b, SLOW); \
        double x, y;                                                                               \
        if (molt_cg_as_doubles(a, b, &x, &y)) return molt_from_double(x FOP y);                   \
        return SLOW(a, b);                                                                         \
    }
/* py.add, py.sub and their in-place forms (ints and floats have no __iadd__, so the in-place operator on two
 * numbers is the binary one). */
MOLT_CG_ARITH(molt_cg_add, molt_add, +, +)
MOLT_CG_ARITH(molt_cg_sub, molt_sub, -, -)
MOLT_CG_ARITH(molt_cg_inplace_add, molt_inplace_add, +, +)
MOLT_CG_ARITH(molt_cg_inplace_sub, molt_inplace_sub, -, -)
#undef MOLT_CG_ARITH

#define MOLT_CG_MUL(NAME, SLOW)                                                               \
    MOLT_CG_FN MoltValue NAME(MoltValue a, MoltValue b) {                                     \
        if (MOLT_LIKELY(MOLT_CG_BOTH_SMALLINT(a, b))) {                                        \
            int64_t r;                                                                         \
            if (!__builtin_mul_overflow(molt_as_smallint(a), molt_as_smallint(b), &r))         \
                return molt_cg_small_result(r, a, b, SLOW);                                    \
            return SLOW(a, b);                                                                 \
        }                                                                                      \
        double x, y;                                                                           \
        if (molt_cg_as_doubles(a, b, &x, &y)) return molt_from_double(x * y);                 \
        return SLOW(a, b);                                                                     \
    }
MOLT_CG_MUL(molt_cg_mul, molt_mul)
MOLT_CG_MUL(molt_cg_inplace_mul, molt_inplace_mul)
#undef MOLT_CG_MUL

/* py.truediv: int / int is correctly rounded when both are exact doubles (48 bits); a zero divisor takes the
 * runtime path (ZeroDivisionError). */
MOLT_CG_FN MoltValue molt_cg_truediv(MoltValue a, MoltValue b) {
    double x, y;
    if (MOLT_CG_BOTH_SMALLINT(a, b)) {
        x = (double)molt_as_smallint(a);
        y = (double)molt_as_smallint(b);
    } else if (!molt_cg_as_doubles(a, b, &x, &y)) {
        return molt_truediv(a, b);
    }
    if (MOLT_UNLIKELY(y == 0.0)) return molt_truediv(a, b);
    return molt_from_double(x / y);
}

/* py.floordiv / py.mod on small ints (Python's rounding toward negative infinity); others: the runtime. */
MOLT_CG_FN MoltValue molt_cg_floordiv(MoltValue a, MoltValue b) {
    if (MOLT_CG_BOTH_SMALLINT(a, b) && b != molt_from_smallint(0))
        return molt_cg_small_result(molt_cg_floordiv_i64(molt_as_smallint(a), molt_as_smallint(b)), a, b,
                                    molt_floordiv);
    return molt_floordiv(a, b);
}
MOLT_CG_FN MoltValue molt_cg_mod(MoltValue a, MoltValue b) {
    if (MOLT_CG_BOTH_SMALLINT(a, b) && b != molt_from_smallint(0))
        return molt_from_smallint(molt_cg_mod_i64(molt_as_smallint(a), molt_as_smallint(b)));
    return molt_mod(a, b);
}

/* py.bitand / py.bitor / py.bitxor on small ints: the result stays in the small-int range. */
MOLT_CG_FN MoltValue molt_cg_and(MoltValue a, MoltValue b) {
    return MOLT_CG_BOTH_SMALLINT(a, b) ? (a & b) : molt_and(a, b);
}
MOLT_CG_FN MoltValue molt_cg_or(MoltValue a, MoltValue b) {
    return MOLT_CG_BOTH_SMALLINT(a, b) ? (a | b) : molt_or(a, b);
}
MOLT_CG_FN MoltValue molt_cg_xor(MoltValue a, MoltValue b) {
    return MOLT_CG_BOTH_SMALLINT(a, b) ? molt_from_smallint(molt_as_smallint(a) ^ molt_as_smallint(b))
                                       : molt_xor(a, b);
}
/* py.rshift by a non-negative small int. */
MOLT_CG_FN MoltValue molt_cg_rshift(MoltValue a, MoltValue b) {
    if (MOLT_CG_BOTH_SMALLINT(a, b) && molt_as_smallint(b) >= 0) {
        int64_t n = molt_as_smallint(b);
        return molt_from_smallint(molt_as_smallint(a) >> (n > 63 ? 63 : n));
    }
    return molt_rshift(a, b);
}

/* py.pow on floats: for a finite positive base and a finite exponent CPython's float_pow is libm's pow, unless
 * the result overflows (OverflowError: the runtime path raises it). */
MOLT_CG_FN MoltValue molt_cg_pow(MoltValue a, MoltValue b) {
    double x, y;
    if (molt_cg_as_doubles(a, b, &x, &y) && x > 0.0 && x <= __DBL_MAX__ && y - y == 0.0) {
        double r = __builtin_pow(x, y);
        if (r - r == 0.0) return molt_from_double(r);
    }
    return molt_pow(a, b, MOLT_NONE);
}

/* py.neg */
MOLT_CG_FN MoltValue molt_cg_neg(MoltValue a) {
    if (molt_is_smallint(a) && a != molt_from_smallint(MOLT_SMALLINT_MIN)) return molt_from_smallint(-molt_as_smallint(a));
    if (molt_is_double(a)) return molt_from_double(-molt_as_double(a));
    return molt_neg(a);
}

/* py.eq ... py.ge: small ints and floats compare as numbers (a NaN is unordered, as in C); others: the runtime's
 * rich comparison. The result is MOLT_TRUE/MOLT_FALSE on the fast paths. */
#define MOLT_CG_COMPARE(NAME, OP, COP)                                                          \
    MOLT_CG_FN MoltValue NAME(MoltValue a, MoltValue b) {                                       \
        if (MOLT_LIKELY(MOLT_CG_BOTH_SMALLINT(a, b)))                                            \
            return molt_from_bool(molt_as_smallint(a) COP molt_as_smallint(b));                 \
        if (MOLT_CG_BOTH_DOUBLE(a, b)) return molt_from_bool(molt_as_double(a) COP molt_as_double(b)); \
        return molt_richcompare(a, b, OP);                                                      \
    }
MOLT_CG_COMPARE(molt_cg_lt, MOLT_LT, <)
MOLT_CG_COMPARE(molt_cg_le, MOLT_LE, <=)
MOLT_CG_COMPARE(molt_cg_eq, MOLT_EQ, ==)
MOLT_CG_COMPARE(molt_cg_ne, MOLT_NE, !=)
MOLT_CG_COMPARE(molt_cg_gt, MOLT_GT, >)
MOLT_CG_COMPARE(molt_cg_ge, MOLT_GE, >=)
#undef MOLT_CG_COMPARE

/* py.truthy: bool, small int, float and None inline; others: the runtime's molt_is_true (-1 on error). */
MOLT_CG_FN int molt_cg_truthy(MoltValue v) {
    if (MOLT_LIKELY(molt_is_bool(v))) return (int)(v & 1);
    if (molt_is_smallint(v)) return (v & MOLT_PAYLOAD_MASK) != 0;
    if (molt_is_double(v)) return molt_as_double(v) != 0.0;
    if (v == MOLT_NONE) return 0;
    return molt_is_true(v);
}

/* py.getitem: a list or tuple indexed by a small int in range; others: the runtime. */
MOLT_CG_FN MoltValue molt_cg_getitem(MoltValue o, MoltValue key) {
    if (molt_is_ptr(o) && molt_is_smallint(key)) {
        MoltObject *p = molt_as_ptr(o);
        int64_t i = molt_as_smallint(key);
        if (p->type == &MoltList_Type) {
            MoltList *l = (MoltList *)p;
            if (i < 0) i += l->size;
            if ((uint64_t)i < (uint64_t)l->size) return molt_incref(l->items[i]);
        } else if (p->type == &MoltTuple_Type) {
            MoltTuple *t = (MoltTuple *)p;
            if (i < 0) i += t->size;
            if ((uint64_t)i < (uint64_t)t->size) return molt_incref(t->items[i]);
        }
    }
    return molt_getitem(o, key);
}

/* py.setitem: a list indexed by a small int in range; others: the runtime. 0 or -1. */
MOLT_CG_FN int molt_cg_setitem(MoltValue o, MoltValue key, MoltValue v) {
    if (molt_is_ptr(o) && molt_is_smallint(key) && molt_as_ptr(o)->type == &MoltList_Type) {
        MoltList *l = (MoltList *)molt_as_ptr(o);
        int64_t i = molt_as_smallint(key);
        if (i < 0) i += l->size;
        if ((uint64_t)i < (uint64_t)l->size) {
            MoltValue old = l->items[i];
            l->items[i] = molt_incref(v);
            molt_decref(old);
            return 0;
        }
    }
    return molt_setitem(o, key, v);
}

/* py.call without keywords: a Molt function whose parameters are exactly `nargs` positional ones gets `args`
 * as its frame (MoltFunction.fast_nargs), bracketed by the recursion count; anything else goes through
 * molt_call (argument binding, defaults, bound methods, builtins, classes). `args` are borrowed from the
 * caller, which holds them for the whole call. */
MOLT_CG_FN MoltValue molt_cg_call(MoltValue f, const MoltValue *args, size_t nargs) {
    if (MOLT_LIKELY(molt_is_ptr(f))) {
        MoltFunction *fn = (MoltFunction *)molt_as_ptr(f);
        if (MOLT_LIKELY(fn->ob.type == &MoltFunction_Type) && (size_t)fn->fast_nargs == nargs) {
            if (MOLT_UNLIKELY(molt_enter_call_inline() < 0)) return MOLT_ERROR;
            MoltValue r = fn->code->fast((MoltValue *)args);
            molt_leave_call_inline();
            return r;
        }
    }
    return molt_call(f, args, nargs, 0);
}

/* ---- attribute fast paths ---------------------------------------------------------------------
 *
 * py.getattr / py.setattr on an instance of a class made by molt_make_class (a heap type with an instance
 * dict), for an attribute name that is a str constant of the generated module. The lookup is CPython's
 * PyObject_GenericGetAttr (as molt_getattr in class.c does it): the MRO for a data descriptor, then the
 * instance dict, then the class attribute (a function becomes a bound method). The dicts are probed inline
 * by key identity (the name constant is the same str object that the class body and __init__ stored), which
 * needs no hashing (the hash is cached in the str) and no __eq__. Whatever the inline path does not settle —
 * a key with the same hash that is another object, a property, staticmethod or classmethod, a missing
 * attribute, any other kind of object — goes to molt_getattr / molt_setattr, so behaviour and errors are the
 * runtime's.
 *
 * Each op site has a MoltCgAttrCache (zero-initialised static data of the generated file). It remembers only
 * facts that cannot change while the program runs: the dicts of a heap type's MRO (a heap type is immortal, its
 * MRO is fixed when it is made and its tp_dict is never replaced, only mutated) and a hint, the entry index
 * where the name was last found in an instance dict, which is checked before use. The dicts themselves are
 * probed on every access, so a class changed at run time needs no invalidation. */

#define MOLT_CG_ATTR_MRO_MAX 6

/* The hit paths are inlined at every site; the rest of each operation is one out-of-line function. */
#if defined(__GNUC__) && !defined(MOLT_CG_EXTERN)
#define MOLT_CG_HOT __attribute__((always_inline)) static inline
#define MOLT_CG_COLD __attribute__((noinline)) static
#else
#define MOLT_CG_HOT MOLT_CG_FN
#define MOLT_CG_COLD MOLT_CG_FN
#endif

/* The per-site cache of py.getattr / py.setattr (all zero: empty). */
typedef struct MoltCgAttrCache {
    const MoltType *type;   /* a heap type whose instances have a dict and whose MRO dicts are below, or NULL */
    MoltHash hash;          /* the site's attribute name's hash (a str's hash never changes) */
    size_t dictoffset;      /* type->tp_dictoffset */
    int ndicts;             /* the dicts of the MRO entries that have one, in MRO order */
    const MoltDict *dicts[MOLT_CG_ATTR_MRO_MAX];
    int64_t hint;           /* entry index of the name in the last instance dict it was found in */
} MoltCgAttrCache;

/* CPython's lookdict probe (Objects/dictobject.c, as dict.c's dict_find) for a key compared by identity only:
 * the entry index, -1 when the key is absent, -2 when an entry with the same hash holds another object (only
 * __eq__ could tell). */
MOLT_CG_HOT int64_t molt_cg_dict_probe(const MoltDict *d, MoltValue key, MoltHash hash) {
    uint64_t mask = (uint64_t)d->mask, perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    for (;;) {
        int64_t ix = d->indices[i];
        if (ix == -1) return -1; /* IX_EMPTY */
        if (ix >= 0) {
            const MoltDictEntry *e = &d->entries[ix];
            if (e->key == key) return ix;
            if (e->hash == hash) return -2;
        }
        perturb >>= 5; /* PERTURB_SHIFT */
        i = mask & (i * 5 + perturb + 1);
    }
}

/* The dict behind a MoltValue that may be a dict, MOLT_NONE or 0: NULL unless it is a dict. */
MOLT_CG_FN MoltDict *molt_cg_as_dict(MoltValue v) {
    if (v == 0 || !molt_is_ptr(v) || molt_as_ptr(v)->type != &MoltDict_Type) return NULL;
    return (MoltDict *)molt_as_ptr(v);
}

/* Points the cache at the type of `o` when the fast paths apply to it (an instance of a heap type with an
 * instance dict, a tuple MRO of at most MOLT_CG_ATTR_MRO_MAX dicts, a name whose hash is known). */
MOLT_CG_FN bool molt_cg_attr_fill(MoltCgAttrCache *c, MoltValue o, MoltValue name) {
    if (!molt_is_ptr(o)) return false;
    const MoltType *t = molt_as_ptr(o)->type;
    if (c->type == t) return true;
    if (!(t->tp_flags & MOLT_TPFLAG_HEAPTYPE) || t->tp_dictoffset == 0) return false;
    MoltHash hash = ((const MoltStr *)molt_as_ptr(name))->hash;
    MoltValue mro = t->tp_mro;
    if (hash == -1 || !molt_is_ptr(mro) || molt_as_ptr(mro)->type != &MoltTuple_Type) return false;
    const MoltTuple *m = (const MoltTuple *)molt_as_ptr(mro);
    int n = 0;
    for (int64_t i = 0; i < m->size; i++) {
        const MoltDict *d = molt_cg_as_dict(((const MoltType *)molt_as_ptr(m->items[i]))->tp_dict);
        if (d == NULL) continue;
        if (n == MOLT_CG_ATTR_MRO_MAX) return false;
        c->dicts[n++] = d;
    }
    c->type = t;
    c->hash = hash;
    c->dictoffset = t->tp_dictoffset;
    c->ndicts = n;
    return true;
}

/* The MRO lookup of molt_type_lookup for the cached type: 1 with *found the attribute (borrowed) or MOLT_ERROR
 * when no class defines it; 0 when the identity probe cannot tell. */
MOLT_CG_FN int molt_cg_mro_lookup(const MoltCgAttrCache *c, MoltValue name, MoltValue *found) {
    for (int k = 0; k < c->ndicts; k++) {
        const MoltDict *d = c->dicts[k];
        int64_t ix = molt_cg_dict_probe(d, name, c->hash);
        if (ix >= 0) {
            *found = d->entries[ix].value;
            return 1;
        }
        if (ix == -2) return 0;
    }
    *found = MOLT_ERROR;
    return 1;
}

/* Whether no class of the cached type's MRO has `name` (the common case for instance attributes); false also
 * when the identity probe cannot tell. */
MOLT_CG_HOT bool molt_cg_mro_surely_absent(const MoltCgAttrCache *c, MoltValue name) {
    for (int k = 0; k < c->ndicts; k++)
        if (molt_cg_dict_probe(c->dicts[k], name, c->hash) != -1) return false;
    return true;
}

/* The instance dict of `p` (an instance of c->type), or NULL while it has none. */
MOLT_CG_FN MoltDict *molt_cg_inst_dict(const MoltCgAttrCache *c, MoltObject *p) {
    MoltValue dv = *(MoltValue *)((char *)p + c->dictoffset);
    return dv == MOLT_NONE ? NULL : (MoltDict *)molt_as_ptr(dv);
}

/* The entry index of `name` in instance dict `d`: the site's hint when it still holds the name, else a probe
 * (which updates the hint). -1 absent, -2 unknown, as molt_cg_dict_probe. */
MOLT_CG_FN int64_t molt_cg_inst_find(MoltCgAttrCache *c, const MoltDict *d, MoltValue name) {
    int64_t h = c->hint;
    if (h < d->nentries && d->entries[h].key == name) return h;
    int64_t ix = molt_cg_dict_probe(d, name, c->hash);
    if (ix >= 0) c->hint = ix;
    return ix;
}

/* The whole of py.getattr through the site cache (the hit path of molt_cg_getattr_at falls back to it). */
MOLT_CG_COLD MoltValue molt_cg_getattr_miss(MoltValue o, MoltValue name, MoltCgAttrCache *c) {
    if (!molt_cg_attr_fill(c, o, name)) return molt_getattr(o, name);
    MoltObject *p = molt_as_ptr(o);
    MoltValue d;
    if (!molt_cg_mro_lookup(c, name, &d)) return molt_getattr(o, name);
    MoltType *dt = d != MOLT_ERROR && molt_is_ptr(d) ? molt_as_ptr(d)->type : NULL;
    if (dt == &MoltProperty_Type) return molt_getattr(o, name); /* a data descriptor comes first */
    const MoltDict *inst = molt_cg_inst_dict(c, p);
    if (inst != NULL) {
        int64_t ix = molt_cg_inst_find(c, inst, name);
        if (ix >= 0) return molt_incref(inst->entries[ix].value);
        if (ix == -2) return molt_getattr(o, name);
    }
    if (d == MOLT_ERROR) return molt_getattr(o, name); /* AttributeError or the runtime's other attributes */
    if (dt == &MoltFunction_Type) return molt_method_new(d, o);
    if (dt == &MoltStaticMethod_Type || dt == &MoltClassMethod_Type) return molt_getattr(o, name);
    return molt_incref(d); /* a plain class attribute */
}

/* py.getattr o, {name}: name a str constant (borrowed), c the op site's cache; a new reference or MOLT_ERROR.
 * Hit path: an instance of the cached type, no class in its MRO has the name, the instance dict holds it at the
 * hinted entry. */
MOLT_CG_HOT MoltValue molt_cg_getattr_at(MoltValue o, MoltValue name, MoltCgAttrCache *c) {
    if (MOLT_LIKELY(molt_is_ptr(o))) {
        MoltObject *p = molt_as_ptr(o);
        if (MOLT_LIKELY(p->type == c->type) && molt_cg_mro_surely_absent(c, name)) {
            const MoltDict *inst = molt_cg_inst_dict(c, p);
            int64_t h = c->hint;
            if (MOLT_LIKELY(inst != NULL && h < inst->nentries && inst->entries[h].key == name))
                return molt_incref(inst->entries[h].value);
        }
    }
    return molt_cg_getattr_miss(o, name, c);
}

/* The whole of py.setattr through the site cache. */
MOLT_CG_COLD int molt_cg_setattr_miss(MoltValue o, MoltValue name, MoltValue v, MoltCgAttrCache *c) {
    if (!molt_cg_attr_fill(c, o, name)) return molt_setattr(o, name, v);
    MoltObject *p = molt_as_ptr(o);
    MoltValue d;
    if (!molt_cg_mro_lookup(c, name, &d)) return molt_setattr(o, name, v);
    if (d != MOLT_ERROR && molt_is_ptr(d) && molt_as_ptr(d)->type == &MoltProperty_Type) return molt_setattr(o, name, v);
    MoltDict *inst = molt_cg_inst_dict(c, p);
    if (inst != NULL) {
        int64_t ix = molt_cg_inst_find(c, inst, name);
        if (ix >= 0) { /* replace the value, as dict_insert does for a present key */
            MoltValue old = inst->entries[ix].value;
            inst->entries[ix].value = molt_incref(v);
            molt_decref(old);
            return 0;
        }
    }
    return molt_setattr(o, name, v);
}

/* py.setattr o, v {name}: 0 or -1. Hit path as molt_cg_getattr_at's: the value at the hinted entry is replaced. */
MOLT_CG_HOT int molt_cg_setattr_at(MoltValue o, MoltValue name, MoltValue v, MoltCgAttrCache *c) {
    if (MOLT_LIKELY(molt_is_ptr(o))) {
        MoltObject *p = molt_as_ptr(o);
        if (MOLT_LIKELY(p->type == c->type) && molt_cg_mro_surely_absent(c, name)) {
            MoltDict *inst = molt_cg_inst_dict(c, p);
            int64_t h = c->hint;
            if (MOLT_LIKELY(inst != NULL && h < inst->nentries && inst->entries[h].key == name)) {
                MoltValue old = inst->entries[h].value;
                inst->entries[h].value = molt_incref(v);
                molt_decref(old);
                return 0;
            }
        }
    }
    return molt_cg_setattr_miss(o, name, v, c);
}

/* py.getattr / py.setattr without a site cache (for code generators that keep none). */
MOLT_CG_FN MoltValue molt_cg_getattr(MoltValue o, MoltValue name) {
    MoltCgAttrCache c = {0};
    return molt_cg_getattr_at(o, name, &c);
}
MOLT_CG_FN int molt_cg_setattr(MoltValue o, MoltValue name, MoltValue v) {
    MoltCgAttrCache c = {0};
    return molt_cg_setattr_at(o, name, v, &c);
}

/* ---- end of prelude ---------------------------------------------------------------------------- */

#endif /* MOLT_CODEGEN_H */
