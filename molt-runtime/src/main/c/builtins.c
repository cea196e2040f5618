/*
 * builtins.c — builtin functions (print, len, abs, min, max, sum, repr, hash,
 * ord, chr, iter, next, any, all, round, divmod, pow, id, callable,
 * isinstance, issubclass, sorted, getattr, setattr, delattr, hasattr) and the
 * name table molt_builtin().
 * Type constructors are in builtins_types.c.
 *
 * Source followed: CPython 3.11 Python/bltinmodule.c (min_max, builtin_sum's
 * start rules, builtin_round, messages).
 */
#include "molt/molt.h"
#include "molt/builtin_defs.h"

#include <string.h>

#define BUILTIN(name) static MoltValue bi_##name(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kw)

int molt_arg_one(const char *fname, size_t nargs, MoltValue kwnames) {
    if (molt_arg_no_kw(fname, kwnames) < 0) return -1;
    if (nargs == 1) return 0;
    molt_err_format(&MoltExc_TypeError, "%s() takes exactly one argument (%zu given)", fname, nargs);
    return -1;
}

int molt_arg_keywords(const char *fname, const MoltValue *args, size_t nargs, MoltValue kwnames,
                      const char *const *names, MoltValue *out, size_t n) {
    int64_t nkw = kwnames ? molt_tuple_size(kwnames) : 0;
    for (int64_t i = 0; i < nkw; i++) {
        MoltValue name = molt_tuple_get(kwnames, i);
        size_t j;
        for (j = 0; j < n; j++)
            if (strcmp(molt_str_data(name), names[j]) == 0) break;
        if (j == n) {
            molt_err_format(&MoltExc_TypeError, "'%s' is an invalid keyword argument for %s()", molt_str_data(name),
                            fname);
            return -1;
        }
        out[j] = args[nargs + (size_t)i];
    }
    return 0;
}

BUILTIN(print) {
    (void)self;
    static const char *const names[] = {"sep", "end", "file", "flush"};
    MoltValue kv[4] = {MOLT_NONE, MOLT_NONE, MOLT_NONE, MOLT_NONE};
    if (molt_arg_keywords("print", args, nargs, kw, names, kv, 4) < 0) return MOLT_ERROR;
    return molt_print(args, nargs, kv[0], kv[1]) < 0 ? MOLT_ERROR : MOLT_NONE;
}

BUILTIN(len) {
    (void)self;
    if (molt_arg_one("len", nargs, kw) < 0) return MOLT_ERROR;
    int64_t n = molt_len(args[0]);
    return n < 0 ? MOLT_ERROR : molt_int_from_i64(n);
}

BUILTIN(abs) {
    (void)self;
    if (molt_arg_one("abs", nargs, kw) < 0) return MOLT_ERROR;
    return molt_abs(args[0]);
}

BUILTIN(repr) {
    (void)self;
    if (molt_arg_one("repr", nargs, kw) < 0) return MOLT_ERROR;
    return molt_repr(args[0]);
}

BUILTIN(ascii) {
    (void)self;
    if (molt_arg_one("ascii", nargs, kw) < 0) return MOLT_ERROR;
    return molt_ascii(args[0]);
}

/* format(value, format_spec='', /) */
BUILTIN(format) {
    (void)self;
    if (molt_arg_no_kw("format", kw) < 0 || molt_arg_count("format", nargs, 1, 2) < 0) return MOLT_ERROR;
    if (nargs == 1) return molt_format_cstr(args[0], "");
    return molt_format(args[0], args[1]);
}

BUILTIN(hash) {
    (void)self;
    if (molt_arg_one("hash", nargs, kw) < 0) return MOLT_ERROR;
    MoltHash h = molt_hash(args[0]);
    return h == -1 ? MOLT_ERROR : molt_int_from_i64(h);
}

BUILTIN(id) {
    (void)self;
    if (molt_arg_one("id", nargs, kw) < 0) return MOLT_ERROR;
    return molt_int_from_u64(args[0] & MOLT_PAYLOAD_MASK);
}

BUILTIN(callable) {
    (void)self;
    if (molt_arg_one("callable", nargs, kw) < 0) return MOLT_ERROR;
    MoltValue v = args[0];
    return molt_from_bool(molt_is_callable(v) || molt_type_of(v) == &MoltType_Type ||
                          (molt_is_ptr(v) && molt_as_ptr(v)->type == &MoltType_Type));
}

BUILTIN(ord) {
    (void)self;
    if (molt_arg_one("ord", nargs, kw) < 0) return MOLT_ERROR;
    MoltValue s = args[0];
    if (!molt_is_str(s)) {
        molt_err_format(&MoltExc_TypeError, "ord() expected string of length 1, but %s found",
                        molt_type_of(s)->tp_name);
        return MOLT_ERROR;
    }
    if (molt_str_length(s) != 1) {
        molt_err_format(&MoltExc_TypeError, "ord() expected a character, but string of length %lld found",
                        (long long)molt_str_length(s));
        return MOLT_ERROR;
    }
    const unsigned char *p = (const unsigned char *)molt_str_data(s);
    uint32_t cp = p[0];
    if (cp >= 0xF0) cp = (uint32_t)(p[0] & 7) << 18 | (uint32_t)(p[1] & 63) << 12 | (uint32_t)(p[2] & 63) << 6 | (p[3] & 63);
    else if (cp >= 0xE0) cp = (uint32_t)(p[0] & 15) << 12 | (uint32_t)(p[1] & 63) << 6 | (p[2] & 63);
    else if (cp >= 0xC0) cp = (uint32_t)(p[0] & 31) << 6 | (p[1] & 63);
    return molt_from_smallint(cp);
}

BUILTIN(chr) {
    (void)self;
    if (molt_arg_one("chr", nargs, kw) < 0) return MOLT_ERROR;
    MoltValue v = args[0];
    if (!molt_is_intlike(v)) {
        molt_err_format(&MoltExc_TypeError, "'%s' object cannot be interpreted as an integer",
                        molt_type_of(v)->tp_name);
        return MOLT_ERROR;
    }
    int64_t cp;
    if (molt_int_as_i64(v, &cp) < 0) {
        molt_err_clear();
        molt_err_set(&MoltExc_OverflowError, "Python int too large to convert to C int");
        return MOLT_ERROR;
    }
    if (cp < 0 || cp > 0x10FFFF) {
        molt_err_set(&MoltExc_ValueError, "chr() arg not in range(0x110000)");
        return MOLT_ERROR;
    }
    MoltStrBuf b;
    molt_strbuf_init(&b);
    molt_strbuf_append_cp(&b, (uint32_t)cp);
    return molt_strbuf_finish(&b);
}

/* min_max: op MOLT_LT for min, MOLT_GT for max. */
static MoltValue min_max(const char *name, const MoltValue *args, size_t nargs, MoltValue kw, int op) {
    static const char *const names[] = {"key", "default"};
    MoltValue kv[2] = {MOLT_NONE, MOLT_ERROR};
    if (molt_arg_keywords(name, args, nargs, kw, names, kv, 2) < 0) return MOLT_ERROR;
    if (nargs == 0) {
        molt_err_format(&MoltExc_TypeError, "%s expected at least 1 argument, got 0", name);
        return MOLT_ERROR;
    }
    if (nargs > 1 && kv[1] != MOLT_ERROR) {
        molt_err_format(&MoltExc_TypeError, "Cannot specify a default for %s() with multiple positional arguments",
                        name);
        return MOLT_ERROR;
    }
    MoltValue it = nargs == 1 ? molt_iter(args[0]) : molt_iter(MOLT_NONE);
    if (nargs > 1) {
        molt_err_clear();
        MoltValue t = molt_tuple_new((int64_t)nargs);
        if (t == MOLT_ERROR) return t;
        for (size_t i = 0; i < nargs; i++) molt_tuple_set(t, (int64_t)i, molt_incref(args[i]));
        it = molt_iter(t);
        molt_decref(t);
    }
    if (it == MOLT_ERROR) return it;
    MoltValue best = MOLT_ERROR, bestkey = MOLT_ERROR;
    for (;;) {
        MoltValue x = molt_next(it);
        if (x == MOLT_EXHAUSTED) break;
        if (x == MOLT_ERROR) goto fail;
        MoltValue k = kv[0] == MOLT_NONE ? molt_incref(x) : molt_call1(kv[0], x);
        if (k == MOLT_ERROR) {
            molt_decref(x);
            goto fail;
        }
        if (best == MOLT_ERROR) {
            best = x;
            bestkey = k;
            continue;
        }
        int c = molt_richcompare_bool(k, bestkey, op);
        if (c < 0) {
            molt_decref(x);
            molt_decref(k);
            goto fail;
        }
        if (c > 0) {
            molt_decref(best);
            molt_decref(bestkey);
            best = x;
            bestkey = k;
        } else {
            molt_decref(x);
            molt_decref(k);
        }
    }
    molt_decref(it);
    if (best == MOLT_ERROR) {
        if (kv[1] != MOLT_ERROR) return molt_incref(kv[1]);
        molt_err_format(&MoltExc_ValueError, "%s() arg is an empty sequence", name);
        return MOLT_ERROR;
    }
    molt_decref(bestkey);
    return best;
fail:
    molt_decref(it);
    molt_xdecref(best);
    molt_xdecref(bestkey);
    return MOLT_ERROR;
}

BUILTIN(min) {
    (void)self;
    return min_max("min", args, nargs, kw, MOLT_LT);
}
BUILTIN(max) {
    (void)self;
    return min_max("max", args, nargs, kw, MOLT_GT);
}

BUILTIN(sum) {
    (void)self;
    static const char *const names[] = {"start"};
    MoltValue start = MOLT_ERROR;
    if (molt_arg_keywords("sum", args, nargs, kw, names, &start, 1) < 0) return MOLT_ERROR;
    if (nargs == 0 || nargs > 2) {
        molt_err_format(&MoltExc_TypeError, nargs == 0 ? "sum() takes at least 1 positional argument (%zu given)"
                                                       : "sum() takes at most 2 arguments (%zu given)",
                        nargs);
        return MOLT_ERROR;
    }
    if (nargs == 2) start = args[1];
    if (start == MOLT_ERROR) start = molt_from_smallint(0);
    if (molt_is_str(start)) {
        molt_err_set(&MoltExc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
        return MOLT_ERROR;
    }
    MoltValue it = molt_iter(args[0]);
    if (it == MOLT_ERROR) return it;
    MoltValue acc = molt_incref(start);
    for (;;) {
        MoltValue x = molt_next(it);
        if (x == MOLT_EXHAUSTED) break;
        MoltValue r = x == MOLT_ERROR ? MOLT_ERROR : molt_add(acc, x);
        molt_xdecref(x);
        molt_decref(acc);
        if (r == MOLT_ERROR) {
            molt_decref(it);
            return r;
        }
        acc = r;
    }
    molt_decref(it);
    return acc;
}

static MoltValue any_all(const char *name, const MoltValue *args, size_t nargs, MoltValue kw, bool want) {
    if (molt_arg_one(name, nargs, kw) < 0) return MOLT_ERROR;
    MoltValue it = molt_iter(args[0]);
    if (it == MOLT_ERROR) return it;
    for (;;) {
        MoltValue x = molt_next(it);
        if (x == MOLT_EXHAUSTED) break;
        int t = x == MOLT_ERROR ? -1 : molt_is_true(x);
        molt_xdecref(x);
        if (t < 0) {
            molt_decref(it);
            return MOLT_ERROR;
        }
        if ((t != 0) == want) {
            molt_decref(it);
            return molt_from_bool(want);
        }
    }
    molt_decref(it);
    return molt_from_bool(!want);
}

BUILTIN(any) {
    (void)self;
    return any_all("any", args, nargs, kw, true);
}
BUILTIN(all) {
    (void)self;
    return any_all("all", args, nargs, kw, false);
}

BUILTIN(iter) {
    (void)self;
    if (molt_arg_no_kw("iter", kw) < 0 || molt_arg_count("iter", nargs, 1, 2) < 0) return MOLT_ERROR;
    if (nargs == 2) return molt_calliter_new(args[0], args[1]);
    return molt_iter(args[0]);
}

BUILTIN(next) {
    (void)self;
    if (molt_arg_no_kw("next", kw) < 0 || molt_arg_count("next", nargs, 1, 2) < 0) return MOLT_ERROR;
    return molt_next_builtin(args[0], nargs == 2 ? args[1] : MOLT_ERROR);
}

static int required(const char *fname, const MoltValue *out, const char *const *names, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (out[i] == MOLT_ERROR) {
            molt_err_format(&MoltExc_TypeError, "%s() missing required argument '%s' (pos %zu)", fname, names[i],
                            i + 1);
            return -1;
        }
    return 0;
}

BUILTIN(round) {
    (void)self;
    static const char *const names[] = {"number", "ndigits"};
    MoltValue v[2] = {MOLT_ERROR, MOLT_NONE};
    if (nargs > 2) {
        molt_err_format(&MoltExc_TypeError, "round() takes at most 2 arguments (%zu given)", nargs);
        return MOLT_ERROR;
    }
    for (size_t i = 0; i < nargs; i++) v[i] = args[i];
    if (molt_arg_keywords("round", args, nargs, kw, names, v, 2) < 0 || required("round", v, names, 1) < 0)
        return MOLT_ERROR;
    if (molt_is_intlike(v[0])) return molt_int_round(v[0], v[1]);
    if (molt_is_double(v[0])) return molt_float_round(molt_as_double(v[0]), v[1]);
    molt_err_format(&MoltExc_TypeError, "type %s doesn't define __round__ method", molt_type_of(v[0])->tp_name);
    return MOLT_ERROR;
}

BUILTIN(divmod) {
    (void)self;
    if (molt_arg_no_kw("divmod", kw) < 0 || molt_arg_count("divmod", nargs, 2, 2) < 0) return MOLT_ERROR;
    return molt_divmod(args[0], args[1]);
}

BUILTIN(pow) {
    (void)self;
    static const char *const names[] = {"base", "exp", "mod"};
    MoltValue v[3] = {MOLT_ERROR, MOLT_ERROR, MOLT_NONE};
    if (nargs > 3) {
        molt_err_format(&MoltExc_TypeError, "pow() takes at most 3 arguments (%zu given)", nargs);
        return MOLT_ERROR;
    }
    for (size_t i = 0; i < nargs; i++) v[i] = args[i];
    if (molt_arg_keywords("pow", args, nargs, kw, names, v, 3) < 0 || required("pow", v, names, 2) < 0)
        return MOLT_ERROR;
    return molt_pow(v[0], v[1], v[2]);
}

/* ---- isinstance / issubclass ------------------------------------------------------ */

static bool is_type(MoltValue v) { return molt_is_ptr(v) && molt_type_is_subtype(molt_as_ptr(v)->type, &MoltType_Type); }

static bool type_in_mro(MoltType *t, MoltType *base) {
    if (t->tp_mro != MOLT_NONE && molt_is_tuple(t->tp_mro)) {
        for (int64_t i = 0; i < molt_tuple_size(t->tp_mro); i++)
            if ((MoltType *)molt_as_ptr(molt_tuple_get(t->tp_mro, i)) == base) return true;
        return false;
    }
    return molt_type_is_subtype(t, base);
}

static int check_class(const char *fname, MoltValue cls, MoltType *t) {
    if (molt_is_tuple(cls)) {
        for (int64_t i = 0; i < molt_tuple_size(cls); i++) {
            int r = check_class(fname, molt_tuple_get(cls, i), t);
            if (r != 0) return r;
        }
        return 0;
    }
    if (!is_type(cls)) {
        molt_err_format(&MoltExc_TypeError, "%s() arg 2 must be a type, a tuple of types, or a union", fname);
        return -1;
    }
    return type_in_mro(t, (MoltType *)molt_as_ptr(cls));
}

int molt_isinstance(MoltValue v, MoltValue cls) { return check_class("isinstance", cls, molt_type_of(v)); }

int molt_issubclass(MoltValue t, MoltValue cls) {
    if (!is_type(t)) {
        molt_err_set(&MoltExc_TypeError, "issubclass() arg 1 must be a class");
        return -1;
    }
    return check_class("issubclass", cls, (MoltType *)molt_as_ptr(t));
}

BUILTIN(isinstance) {
    (void)self;
    if (molt_arg_no_kw("isinstance", kw) < 0 || molt_arg_count("isinstance", nargs, 2, 2) < 0) return MOLT_ERROR;
    int r = molt_isinstance(args[0], args[1]);
    return r < 0 ? MOLT_ERROR : molt_from_bool(r);
}

BUILTIN(issubclass) {
    (void)self;
    if (molt_arg_no_kw("issubclass", kw) < 0 || molt_arg_count("issubclass", nargs, 2, 2) < 0) return MOLT_ERROR;
    int r = molt_issubclass(args[0], args[1]);
    return r < 0 ? MOLT_ERROR : molt_from_bool(r);
}

BUILTIN(sorted) {
    (void)self;
    static const char *const names[] = {"key", "reverse"};
    MoltValue kv[2] = {MOLT_NONE, MOLT_FALSE};
    if (nargs != 1) {
        molt_err_format(&MoltExc_TypeError, "sorted expected 1 argument, got %zu", nargs);
        return MOLT_ERROR;
    }
    if (molt_arg_keywords("sort", args, nargs, kw, names, kv, 2) < 0) return MOLT_ERROR;
    int rev = molt_is_true(kv[1]);
    if (rev < 0) return MOLT_ERROR;
    return molt_sorted(args[0], kv[0], rev);
}

/* ---- attributes ---------------------------------------------------------------- */

BUILTIN(getattr) {
    (void)self;
    if (molt_arg_no_kw("getattr", kw) < 0 || molt_arg_count("getattr", nargs, 2, 3) < 0)
        return MOLT_ERROR;
    MoltValue r = molt_getattr(args[0], args[1]);
    if (r == MOLT_ERROR && nargs == 3 && molt_err_matches(&MoltExc_AttributeError)) {
        molt_err_clear();
        return molt_incref(args[2]);
    }
    return r;
}

BUILTIN(setattr) {
    (void)self;
    if (molt_arg_no_kw("setattr", kw) < 0 || molt_arg_count("setattr", nargs, 3, 3) < 0)
        return MOLT_ERROR;
    return molt_setattr(args[0], args[1], args[2]) < 0 ? MOLT_ERROR : MOLT_NONE;
}

BUILTIN(delattr) {
    (void)self;
    if (molt_arg_no_kw("delattr", kw) < 0 || molt_arg_count("delattr", nargs, 2, 2) < 0)
        return MOLT_ERROR;
    return molt_setattr(args[0], args[1], MOLT_ERROR) < 0 ? MOLT_ERROR : MOLT_NONE;
}

BUILTIN(hasattr) {
    (void)self;
    if (molt_arg_no_kw("hasattr", kw) < 0 || molt_arg_count("hasattr", nargs, 2, 2) < 0)
        return MOLT_ERROR;
    int k = molt_hasattr(args[0], args[1]);
    return k < 0 ? MOLT_ERROR : molt_from_bool(k);
}

/* ---- the table ----------------------------------------------------------------- */

#define BUILTIN_OBJ(name) MoltBuiltin molt_builtin_##name = MOLT_BUILTIN_INIT(#name, bi_##name);
BUILTIN_OBJ(print) BUILTIN_OBJ(len) BUILTIN_OBJ(abs) BUILTIN_OBJ(repr) BUILTIN_OBJ(hash) BUILTIN_OBJ(id)
BUILTIN_OBJ(callable) BUILTIN_OBJ(ord) BUILTIN_OBJ(chr) BUILTIN_OBJ(min) BUILTIN_OBJ(max) BUILTIN_OBJ(sum)
BUILTIN_OBJ(any) BUILTIN_OBJ(all) BUILTIN_OBJ(iter) BUILTIN_OBJ(next) BUILTIN_OBJ(round) BUILTIN_OBJ(divmod)
BUILTIN_OBJ(pow) BUILTIN_OBJ(isinstance) BUILTIN_OBJ(issubclass) BUILTIN_OBJ(sorted)
BUILTIN_OBJ(getattr) BUILTIN_OBJ(setattr) BUILTIN_OBJ(delattr) BUILTIN_OBJ(hasattr) BUILTIN_OBJ(ascii)
BUILTIN_OBJ(format)

MoltValue molt_builtin(const char *name) {
    for (const MoltBuiltinDef *b = molt_builtin_table; b->name; b++)
        if (strcmp(b->name, name) == 0) return molt_from_ptr(b->obj);
    if (strcmp(name, "NotImplemented") == 0) return MOLT_NOTIMPLEMENTED;
    molt_err_format(&MoltExc_NameError, "name '%s' is not defined", name);
    molt_err_record_name(name); /* exc.name, for "Did you mean" (molt/suggestions.h) */
    return MOLT_ERROR;
}
