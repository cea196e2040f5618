/* Molt C runtime: helpers for the code generators (ops with no single runtime entry).
 *
 * The C backend's generated file includes this header and gets every helper as `static inline`
 * (so the C compiler can inline them into generated code). codegen_extern.c defines
 * MOLT_CG_EXTERN before including it, which gives each helper external linkage: that is the copy
 * the WebAssembly backend's generated object calls (docs/wasm.md). Every helper follows the
 * runtime's conventions (docs/runtime.md): obj results are new references or MOLT_ERROR with the
 * current exception set; int results are 0 or -1 with the exception set. The inline fast paths of the generic
 * operations are in molt/codegen_fast.h (arithmetic, comparison, truthiness, indexing, calls) and
 * molt/codegen_attr.h (attribute access with per-site caches), included at the end. */
#ifndef MOLT_CODEGEN_H
#define MOLT_CODEGEN_H

#include "molt/molt.h"
#include "molt/suggestions.h"

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
        molt_err_record_name(name);
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
        molt_err_record_name(name);
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
    if (MOLT_LIKELY(molt_is_double(v))) {
        *out = molt_as_double(v);
        return 0;
    }
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
    if (conversion == 'r') c = molt_repr(v);
    else if (conversion == 'a') c = molt_ascii(v);
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

#include "molt/codegen_fast.h"
#include "molt/codegen_attr.h"

/* ---- end of prelude ---------------------------------------------------------------------------- */

#endif /* MOLT_CODEGEN_H */
