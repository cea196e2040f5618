/*
 * builtins_types.c — calling type objects: type.__call__ and the
 * constructors of the builtin types (int, float, str, bool, list, tuple, dict,
 * set, frozenset, range, slice, enumerate, zip, map, filter, reversed, type,
 * object), which molt_ctor_table holds (molt/builtin_defs.h: pruned per program to the types it can name).
 *
 * Source followed: CPython 3.11 Objects/typeobject.c (type_call, type(x)),
 * Objects/longobject.c (long_new_impl), Objects/floatobject.c (float_new),
 * Objects/boolobject.c, Objects/listobject.c, Objects/tupleobject.c,
 * Objects/dictobject.c (dict_update_common), Objects/setobject.c,
 * Objects/rangeobject.c, Objects/sliceobject.c, Objects/enumobject.c,
 * Python/bltinmodule.c (map, filter, zip).
 */
#include "molt/molt.h"
#include "molt/builtin_defs.h"

#include <string.h>

#define CTOR(name) MoltValue molt_ctor_##name(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kw)

MoltValue molt_type_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kw) {
    MoltType *t = (MoltType *)molt_as_ptr(callable);
    molt_vectorcallfunc ctor = t->tp_vectorcall;
    if (!ctor && t->tp_index < MOLT_TI_CTORS_END) ctor = molt_ctor_table[t->tp_index];
    if (ctor) return ctor(callable, args, nargs, kw);
    molt_err_format(&MoltExc_TypeError, "cannot create '%s' instances", t->tp_name);
    return MOLT_ERROR;
}

/* "X() takes no keyword arguments" + "X expected at most N argument(s), got M" */
static int simple_args(const char *name, size_t nargs, MoltValue kw, size_t max) {
    if (molt_arg_no_kw(name, kw) < 0) return -1;
    return molt_arg_count(name, nargs, 0, max);
}

CTOR(type) {
    (void)type;
    if (nargs == 1 && (!kw || molt_tuple_size(kw) == 0)) return molt_from_ptr(molt_type_of(args[0]));
    molt_err_set(&MoltExc_TypeError, nargs == 3 ? "type() with 3 arguments is not supported yet"
                                                : "type() takes 1 or 3 arguments");
    return MOLT_ERROR;
}

CTOR(object) {
    (void)type;
    (void)args;
    if (nargs || (kw && molt_tuple_size(kw))) {
        molt_err_set(&MoltExc_TypeError, "object() takes no arguments");
        return MOLT_ERROR;
    }
    MoltObject *o = molt_alloc_object(&MoltBaseObject_Type, sizeof(MoltObject));
    return o ? molt_from_ptr(o) : MOLT_ERROR;
}

CTOR(int) {
    (void)type;
    static const char *const names[] = {"base"}; /* int(x=0, /, base=10) */
    MoltValue v[2] = {MOLT_ERROR, MOLT_ERROR};
    if (nargs > 2) {
        molt_err_format(&MoltExc_TypeError, "int() takes at most 2 arguments (%zu given)", nargs);
        return MOLT_ERROR;
    }
    for (size_t i = 0; i < nargs; i++) v[i] = args[i];
    if (molt_arg_keywords("int", args, nargs, kw, names, v + 1, 1) < 0) return MOLT_ERROR;
    if (v[0] == MOLT_ERROR) {
        if (v[1] != MOLT_ERROR) {
            molt_err_set(&MoltExc_TypeError, "int() missing string argument");
            return MOLT_ERROR;
        }
        return molt_from_smallint(0);
    }
    MoltValue x = v[0];
    if (v[1] != MOLT_ERROR) {
        int64_t base;
        if (!molt_is_intlike(v[1])) {
            molt_err_format(&MoltExc_TypeError, "'%s' object cannot be interpreted as an integer",
                            molt_type_of(v[1])->tp_name);
            return MOLT_ERROR;
        }
        if (molt_int_as_i64(v[1], &base) < 0 || (base != 0 && (base < 2 || base > 36))) {
            molt_err_clear();
            molt_err_set(&MoltExc_ValueError, "int() base must be >= 2 and <= 36, or 0");
            return MOLT_ERROR;
        }
        if (!molt_is_str(x)) {
            molt_err_set(&MoltExc_TypeError, "int() can't convert non-string with explicit base");
            return MOLT_ERROR;
        }
        return molt_int_from_string(x, (int)base);
    }
    if (molt_is_str(x)) return molt_int_from_string(x, 10);
    if (molt_is_bool(x)) return molt_from_smallint(molt_as_bool(x));
    if (molt_is_intlike(x)) return molt_incref(x);
    if (molt_is_double(x)) return molt_int_from_double(molt_as_double(x));
    MoltValue r = molt_class_number(x, "__int__");
    if (r == MOLT_NOTIMPLEMENTED) r = molt_class_number(x, "__index__");
    if (r != MOLT_NOTIMPLEMENTED) return r;
    molt_err_format(&MoltExc_TypeError,
                    "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                    molt_type_of(x)->tp_name);
    return MOLT_ERROR;
}

CTOR(float) {
    (void)type;
    if (simple_args("float", nargs, kw, 1) < 0) return MOLT_ERROR;
    if (nargs == 0) return molt_from_double(0.0);
    MoltValue x = args[0];
    if (molt_is_double(x)) return x;
    if (molt_is_str(x)) return molt_float_from_string(x);
    if (molt_is_intlike(x)) {
        double d;
        return molt_number_as_double(x, &d) < 0 ? MOLT_ERROR : molt_from_double(d);
    }
    MoltValue r = molt_class_number(x, "__float__");
    if (r != MOLT_NOTIMPLEMENTED) return r;
    r = molt_class_number(x, "__index__");
    if (r != MOLT_NOTIMPLEMENTED) {
        if (r == MOLT_ERROR) return r;
        double d;
        int ok = molt_number_as_double(r, &d);
        molt_decref(r);
        return ok < 0 ? MOLT_ERROR : molt_from_double(d);
    }
    molt_err_format(&MoltExc_TypeError, "float() argument must be a string or a real number, not '%s'",
                    molt_type_of(x)->tp_name);
    return MOLT_ERROR;
}

CTOR(str) {
    (void)type;
    static const char *const names[] = {"object", "encoding", "errors"};
    MoltValue v[3] = {MOLT_ERROR, MOLT_ERROR, MOLT_ERROR};
    if (nargs > 3) {
        molt_err_format(&MoltExc_TypeError, "str() takes at most 3 arguments (%zu given)", nargs);
        return MOLT_ERROR;
    }
    for (size_t i = 0; i < nargs; i++) v[i] = args[i];
    if (molt_arg_keywords("str", args, nargs, kw, names, v, 3) < 0) return MOLT_ERROR;
    if (v[1] != MOLT_ERROR || v[2] != MOLT_ERROR) {
        molt_err_set(&MoltExc_NotImplementedError, "str() with an encoding is not supported (no bytes type)");
        return MOLT_ERROR;
    }
    if (v[0] == MOLT_ERROR) return molt_str_from_cstr("");
    return molt_str(v[0]);
}

CTOR(bool) {
    (void)type;
    if (simple_args("bool", nargs, kw, 1) < 0) return MOLT_ERROR;
    if (nargs == 0) return MOLT_FALSE;
    int t = molt_is_true(args[0]);
    return t < 0 ? MOLT_ERROR : molt_from_bool(t);
}

CTOR(list) {
    (void)type;
    if (simple_args("list", nargs, kw, 1) < 0) return MOLT_ERROR;
    return nargs ? molt_list_from_iterable(args[0]) : molt_list_new(0);
}

CTOR(tuple) {
    (void)type;
    if (simple_args("tuple", nargs, kw, 1) < 0) return MOLT_ERROR;
    if (nargs == 0) return molt_tuple_new(0);
    if (molt_is_tuple(args[0])) return molt_incref(args[0]);
    MoltValue l = molt_list_from_iterable(args[0]);
    if (l == MOLT_ERROR) return l;
    MoltValue t = molt_list_to_tuple(l);
    molt_decref(l);
    return t;
}

CTOR(dict) {
    (void)type;
    if (nargs > 1) {
        molt_err_format(&MoltExc_TypeError, "dict expected at most 1 argument, got %zu", nargs);
        return MOLT_ERROR;
    }
    MoltValue d = molt_dict_new();
    if (d == MOLT_ERROR) return d;
    if (nargs == 1 && molt_dict_update(d, args[0]) < 0) goto fail;
    int64_t nkw = kw ? molt_tuple_size(kw) : 0;
    for (int64_t i = 0; i < nkw; i++)
        if (molt_dict_setitem(d, molt_tuple_get(kw, i), args[nargs + (size_t)i]) < 0) goto fail;
    return d;
fail:
    molt_decref(d);
    return MOLT_ERROR;
}

CTOR(set) {
    (void)type;
    if (simple_args("set", nargs, kw, 1) < 0) return MOLT_ERROR;
    return molt_set_new(nargs ? args[0] : MOLT_NONE);
}

CTOR(frozenset) {
    (void)type;
    if (simple_args("frozenset", nargs, kw, 1) < 0) return MOLT_ERROR;
    return molt_frozenset_new(nargs ? args[0] : MOLT_NONE);
}

CTOR(range) {
    (void)type;
    if (molt_arg_no_kw("range", kw) < 0 || molt_arg_count("range", nargs, 1, 3) < 0) return MOLT_ERROR;
    if (nargs == 1) return molt_range_new(MOLT_NONE, args[0], MOLT_NONE);
    return molt_range_new(args[0], args[1], nargs == 3 ? args[2] : MOLT_NONE);
}

CTOR(slice) {
    (void)type;
    if (molt_arg_no_kw("slice", kw) < 0 || molt_arg_count("slice", nargs, 1, 3) < 0) return MOLT_ERROR;
    if (nargs == 1) return molt_slice_new(MOLT_NONE, args[0], MOLT_NONE);
    return molt_slice_new(args[0], args[1], nargs == 3 ? args[2] : MOLT_NONE);
}

CTOR(enumerate) {
    (void)type;
    static const char *const names[] = {"iterable", "start"};
    MoltValue v[2] = {MOLT_ERROR, molt_from_smallint(0)};
    if (nargs > 2) {
        molt_err_format(&MoltExc_TypeError, "enumerate() takes at most 2 arguments (%zu given)", nargs);
        return MOLT_ERROR;
    }
    for (size_t i = 0; i < nargs; i++) v[i] = args[i];
    if (molt_arg_keywords("enumerate", args, nargs, kw, names, v, 2) < 0) return MOLT_ERROR;
    if (v[0] == MOLT_ERROR) {
        molt_err_set(&MoltExc_TypeError, "enumerate() missing required argument 'iterable'");
        return MOLT_ERROR;
    }
    return molt_enumerate_new(v[0], v[1]);
}

CTOR(zip) {
    (void)type;
    static const char *const names[] = {"strict"};
    MoltValue strict = MOLT_FALSE;
    if (molt_arg_keywords("zip", args, nargs, kw, names, &strict, 1) < 0) return MOLT_ERROR;
    int s = molt_is_true(strict);
    if (s < 0) return MOLT_ERROR;
    return molt_zip_new(args, nargs, s != 0);
}

CTOR(map) {
    (void)type;
    if (molt_arg_no_kw("map", kw) < 0) return MOLT_ERROR;
    if (nargs < 2) {
        molt_err_set(&MoltExc_TypeError, "map() must have at least two arguments.");
        return MOLT_ERROR;
    }
    return molt_map_new(args[0], args + 1, nargs - 1);
}

CTOR(filter) {
    (void)type;
    if (molt_arg_no_kw("filter", kw) < 0 || molt_arg_count("filter", nargs, 2, 2) < 0) return MOLT_ERROR;
    return molt_filter_new(args[0], args[1]);
}

CTOR(reversed) {
    (void)type;
    if (molt_arg_no_kw("reversed", kw) < 0 || molt_arg_count("reversed", nargs, 1, 1) < 0) return MOLT_ERROR;
    return molt_reversed_new(args[0]);
}

