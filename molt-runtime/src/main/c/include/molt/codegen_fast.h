/* Molt C runtime: the code generators' inline fast paths for arithmetic, comparison, truthiness, indexing
 * and calls (docs/backend-c.md, "Fast paths"). Part of molt/codegen.h, which includes it after defining
 * MOLT_CG_FN; not meant to be included on its own. */
#ifndef MOLT_CODEGEN_FAST_H
#define MOLT_CODEGEN_FAST_H

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

/* The fast entry of `fn` on the frame `frame`, bracketed by the recursion count. */
MOLT_CG_FN MoltValue molt_cg_call_fast(const MoltFunction *fn, MoltValue *frame) {
    if (MOLT_UNLIKELY(molt_enter_call_inline() < 0)) return MOLT_ERROR;
    MoltValue r = fn->code->fast(frame);
    molt_leave_call_inline();
    return r;
}

/* A bound method (obj.m(...)) of a Molt function taking self and exactly `nargs` more positional parameters:
 * the frame is self followed by the arguments, on the C stack (CPython's method_vectorcall without the
 * vectorcall). NULL when that does not apply. */
MOLT_CG_FN const MoltFunction *molt_cg_method_fast(const MoltObject *p, size_t nargs) {
    if (p->type != &MoltMethod_Type || nargs >= 8) return NULL;
    MoltValue func = ((const MoltMethod *)p)->func;
    if (!molt_is_ptr(func)) return NULL;
    const MoltFunction *fn = (const MoltFunction *)molt_as_ptr(func);
    return fn->ob.type == &MoltFunction_Type && (size_t)fn->fast_nargs == nargs + 1 ? fn : NULL;
}

/* py.call without keywords: a Molt function whose parameters are exactly `nargs` positional ones gets `args`
 * as its frame (MoltFunction.fast_nargs), a bound method of such a function gets self and `args` on the C
 * stack, both bracketed by the recursion count; anything else goes through molt_call (argument binding,
 * defaults, builtins, classes). `args` are borrowed from the caller, which holds them (and the callable, so the
 * bound method's self) for the whole call. */
MOLT_CG_FN MoltValue molt_cg_call(MoltValue f, const MoltValue *args, size_t nargs) {
    if (MOLT_LIKELY(molt_is_ptr(f))) {
        const MoltObject *p = molt_as_ptr(f);
        const MoltFunction *fn = (const MoltFunction *)p;
        if (MOLT_LIKELY(p->type == &MoltFunction_Type) && (size_t)fn->fast_nargs == nargs)
            return molt_cg_call_fast(fn, (MoltValue *)args);
        if ((fn = molt_cg_method_fast(p, nargs)) != NULL) {
            MoltValue frame[8];
            frame[0] = ((const MoltMethod *)p)->self;
            for (size_t i = 0; i < nargs; i++) frame[i + 1] = args[i];
            return molt_cg_call_fast(fn, frame);
        }
    }
    return molt_call(f, args, nargs, 0);
}

/* py.call of a global or builtin named range: molt_cg_call, with the range type's own constructor (as for
 * `for i in range(n)`) instead of the generic type call. Only such sites name the range type, so a program
 * without them does not link it. */
MOLT_CG_FN MoltValue molt_cg_call_range(MoltValue f, const MoltValue *args, size_t nargs) {
    if (MOLT_LIKELY(f == molt_from_ptr(&MoltRange_Type))) return molt_range_call(args, nargs);
    return molt_cg_call(f, args, nargs);
}

/* py.range_iter f, args: iter(f(*args)) for `for i in range(...)`; with the builtin range and small-int bounds
 * (step 1) the iterator range_iter would make, without the range object. */
MOLT_CG_FN MoltValue molt_cg_range_iter(MoltValue f, const MoltValue *args, size_t nargs) {
    if (MOLT_LIKELY(f == molt_from_ptr(&MoltRange_Type)) && (nargs == 1 || nargs == 2)) {
        MoltValue lo = nargs == 2 ? args[0] : molt_from_smallint(0), hi = args[nargs - 1];
        if (MOLT_LIKELY(MOLT_CG_BOTH_SMALLINT(lo, hi))) {
            MoltRangeIter *it = molt_alloc_fixed(&MoltRangeIter_Type);
            if (MOLT_UNLIKELY(it == NULL)) return MOLT_ERROR;
            int64_t start = molt_as_smallint(lo), stop = molt_as_smallint(hi);
            it->next = start;
            it->step = 1;
            it->remaining = stop > start ? stop - start : 0;
            return molt_from_ptr(it);
        }
    }
    MoltValue r = molt_cg_call_range(f, args, nargs);
    if (r == MOLT_ERROR) return r;
    MoltValue it = molt_iter(r);
    molt_decref(r);
    return it;
}

/* py.next: molt_next (the next item, MOLT_EXHAUSTED at the end, or MOLT_ERROR) with the iterators of for
 * loops over a list or an int64 range inline, as listiter_next and rangeiter_next compute them. */
MOLT_CG_FN MoltValue molt_cg_next(MoltValue it) {
    if (MOLT_LIKELY(molt_is_ptr(it))) {
        MoltObject *p = molt_as_ptr(it);
        if (p->type == &MoltRangeIter_Type) {
            MoltRangeIter *r = (MoltRangeIter *)p;
            if (r->remaining <= 0) return MOLT_EXHAUSTED;
            int64_t x = r->next;
            if (--r->remaining) r->next += r->step;
            return MOLT_LIKELY(molt_smallint_fits(x)) ? molt_from_smallint(x) : molt_int_from_i64(x);
        }
        if (p->type == &MoltListIter_Type) {
            MoltListIter *l = (MoltListIter *)p;
            if (l->list != MOLT_NONE) {
                const MoltList *list = (const MoltList *)molt_as_ptr(l->list);
                if (l->index < list->size) return molt_incref(list->items[l->index++]);
            }
        }
    }
    return molt_next(it);
}

#endif /* MOLT_CODEGEN_FAST_H */
