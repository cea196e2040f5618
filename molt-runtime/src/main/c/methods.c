/*
 * methods.c — methods of the builtin types as attributes: `lst.append` is a
 * bound builtin method (MoltBuiltin with `self` and the table entry in
 * `data`) found by molt_getattr through molt_builtin_method(). The entries
 * check arguments with CPython 3.11's messages for each method's calling
 * convention (METH_NOARGS "list.copy() takes no arguments (1 given)", METH_O
 * "list.append() takes exactly one argument (0 given)", Argument Clinic "pop
 * expected at most 1 argument, got 2", old-style "find() takes at least 1
 * argument (0 given)") and call the C functions of list.h, dict.h, set.h,
 * tuple.h, str.h.
 *
 * Source followed: CPython 3.11 Objects/listobject.c, dictobject.c,
 * setobject.c, tupleobject.c, unicodeobject.c method tables (PyMethodDef flags)
 * and Python/getargs.c / Argument Clinic messages.
 */
#include "molt/molt.h"

#include <string.h>

/* Calling conventions: METH_NOARGS, METH_O, Argument Clinic positional (min..max), old-style
 * PyArg_ParseTuple (min..max), METH_VARARGS (any number of positional arguments: fnv), and
 * Argument Clinic with **kwargs (min..max positional, then every keyword: fnk). */
enum { NOARGS, ONE, CLINIC, OLDSTYLE, VARARGS, KWARGS };

typedef MoltValue (*fn0)(MoltValue);
typedef MoltValue (*fn1)(MoltValue, MoltValue);
typedef MoltValue (*fn2)(MoltValue, MoltValue, MoltValue);
typedef MoltValue (*fn3)(MoltValue, MoltValue, MoltValue, MoltValue);
typedef MoltValue (*fnv)(MoltValue, const MoltValue *, size_t);
typedef MoltValue (*fnk)(MoltValue, const MoltValue *, size_t, MoltValue);

typedef struct MethodDef {
    const char *name;
    int kind;
    int min, max;     /* positional argument counts (CLINIC/OLDSTYLE) */
    void (*fn)(void); /* fn0..fn3 by max; absent optional arguments are MOLT_NONE */
    const char *const *kw; /* the parameters that may be passed by keyword (max of them), or NULL */
} MethodDef;

#define F(f) ((void (*)(void))(f))

/* int-returning operations as MoltValue-returning methods */
static MoltValue list_append(MoltValue l, MoltValue x) { return molt_list_append(l, x) < 0 ? MOLT_ERROR : MOLT_NONE; }
static MoltValue list_extend(MoltValue l, MoltValue x) { return molt_list_extend(l, x) < 0 ? MOLT_ERROR : MOLT_NONE; }
static MoltValue list_sort_kw(MoltValue l) { return molt_list_sort(l, MOLT_NONE, false); } /* keywords: see method_call */
/* dict.update([other], **kwargs) */
static MoltValue dict_update(MoltValue d, const MoltValue *args, size_t nargs, MoltValue kw) {
    if (nargs && molt_dict_update(d, args[0]) < 0) return MOLT_ERROR;
    for (int64_t i = 0; kw && i < molt_tuple_size(kw); i++)
        if (molt_dict_setitem(d, molt_tuple_get(kw, i), args[nargs + (size_t)i]) < 0) return MOLT_ERROR;
    return MOLT_NONE;
}
static MoltValue dict_pop(MoltValue d, MoltValue k, MoltValue dflt) { return molt_dict_pop(d, k, dflt); }
static MoltValue set_add(MoltValue s, MoltValue x) { return molt_set_add(s, x) < 0 ? MOLT_ERROR : MOLT_NONE; }
static MoltValue set_discard(MoltValue s, MoltValue x) { return molt_set_discard(s, x) < 0 ? MOLT_ERROR : MOLT_NONE; }
static MoltValue str_replace(MoltValue s, MoltValue a, MoltValue b, MoltValue count) {
    int64_t c = -1;
    if (count != MOLT_NONE) {
        if (!molt_is_intlike(count)) {
            molt_err_format(&MoltExc_TypeError, "'%s' object cannot be interpreted as an integer",
                            molt_type_of(count)->tp_name);
            return MOLT_ERROR;
        }
        if (molt_int_as_i64(count, &c) < 0) return MOLT_ERROR;
    }
    return molt_str_replace(s, a, b, c);
}

static const char *const split_kw[] = {"sep", "maxsplit"};
static const char *const splitlines_kw[] = {"keepends"};
static const char *const expandtabs_kw[] = {"tabsize"};

static const MethodDef list_methods[] = {
    {"append", ONE, 1, 1, F(list_append), NULL}, {"extend", ONE, 1, 1, F(list_extend), NULL},
    {"insert", CLINIC, 2, 2, F(molt_list_insert), NULL}, {"pop", CLINIC, 0, 1, F(molt_list_pop), NULL},
    {"remove", ONE, 1, 1, F(molt_list_remove), NULL}, {"index", CLINIC, 1, 3, F(molt_list_index), NULL},
    {"count", ONE, 1, 1, F(molt_list_count), NULL}, {"reverse", NOARGS, 0, 0, F(molt_list_reverse), NULL},
    {"sort", NOARGS, 0, 0, F(list_sort_kw), NULL}, {"copy", NOARGS, 0, 0, F(molt_list_copy), NULL},
    {"clear", NOARGS, 0, 0, F(molt_list_clear), NULL}, {NULL, 0, 0, 0, NULL, NULL},
};
static const MethodDef tuple_methods[] = {
    {"count", ONE, 1, 1, F(molt_tuple_count), NULL}, {"index", CLINIC, 1, 3, F(molt_tuple_index), NULL},
    {NULL, 0, 0, 0, NULL, NULL},
};
static const MethodDef dict_methods[] = {
    {"get", CLINIC, 1, 2, F(molt_dict_get), NULL}, {"setdefault", CLINIC, 1, 2, F(molt_dict_setdefault), NULL},
    {"pop", CLINIC, 1, 2, F(dict_pop), NULL}, {"popitem", NOARGS, 0, 0, F(molt_dict_popitem), NULL},
    {"update", KWARGS, 0, 1, F(dict_update), NULL}, {"copy", NOARGS, 0, 0, F(molt_dict_copy), NULL},
    {"clear", NOARGS, 0, 0, F(molt_dict_clear), NULL}, {"keys", NOARGS, 0, 0, F(molt_dict_keys), NULL},
    {"values", NOARGS, 0, 0, F(molt_dict_values), NULL}, {"items", NOARGS, 0, 0, F(molt_dict_items), NULL},
    {NULL, 0, 0, 0, NULL, NULL},
};
static const MethodDef set_methods[] = {
    {"add", ONE, 1, 1, F(set_add), NULL}, {"discard", ONE, 1, 1, F(set_discard), NULL},
    {"remove", ONE, 1, 1, F(molt_set_remove), NULL}, {"pop", NOARGS, 0, 0, F(molt_set_pop), NULL},
    {"clear", NOARGS, 0, 0, F(molt_set_clear), NULL}, {"copy", NOARGS, 0, 0, F(molt_set_copy), NULL},
    {"update", VARARGS, 0, 0, F(molt_set_update_multi), NULL},
    {"union", VARARGS, 0, 0, F(molt_set_union_multi), NULL},
    {"intersection", VARARGS, 0, 0, F(molt_set_intersection_multi), NULL},
    {"difference", VARARGS, 0, 0, F(molt_set_difference_multi), NULL},
    {"symmetric_difference", ONE, 1, 1, F(molt_set_symmetric_difference), NULL},
    {"intersection_update", VARARGS, 0, 0, F(molt_set_intersection_update_multi), NULL},
    {"difference_update", VARARGS, 0, 0, F(molt_set_difference_update_multi), NULL},
    {"symmetric_difference_update", ONE, 1, 1, F(molt_set_symmetric_difference_update), NULL},
    {"issubset", ONE, 1, 1, F(molt_set_issubset), NULL}, {"issuperset", ONE, 1, 1, F(molt_set_issuperset), NULL},
    {"isdisjoint", ONE, 1, 1, F(molt_set_isdisjoint), NULL}, {NULL, 0, 0, 0, NULL, NULL},
};
static const MethodDef frozenset_methods[] = {
    {"copy", NOARGS, 0, 0, F(molt_set_copy), NULL}, {"union", VARARGS, 0, 0, F(molt_set_union_multi), NULL},
    {"intersection", VARARGS, 0, 0, F(molt_set_intersection_multi), NULL},
    {"difference", VARARGS, 0, 0, F(molt_set_difference_multi), NULL},
    {"symmetric_difference", ONE, 1, 1, F(molt_set_symmetric_difference), NULL},
    {"issubset", ONE, 1, 1, F(molt_set_issubset), NULL}, {"issuperset", ONE, 1, 1, F(molt_set_issuperset), NULL},
    {"isdisjoint", ONE, 1, 1, F(molt_set_isdisjoint), NULL}, {NULL, 0, 0, 0, NULL, NULL},
};
static const MethodDef int_methods[] = {
    {"bit_length", NOARGS, 0, 0, F(molt_int_bit_length), NULL}, {"bit_count", NOARGS, 0, 0, F(molt_int_bit_count), NULL},
    {"conjugate", NOARGS, 0, 0, F(molt_int_conjugate), NULL},
    {"as_integer_ratio", NOARGS, 0, 0, F(molt_int_as_integer_ratio), NULL}, {NULL, 0, 0, 0, NULL, NULL},
};
static const MethodDef float_methods[] = {
    {"is_integer", NOARGS, 0, 0, F(molt_float_is_integer), NULL}, {"conjugate", NOARGS, 0, 0, F(molt_float_conjugate), NULL},
    {"as_integer_ratio", NOARGS, 0, 0, F(molt_float_as_integer_ratio), NULL}, {NULL, 0, 0, 0, NULL, NULL},
};
static const MethodDef dictview_methods[] = {
    {"isdisjoint", ONE, 1, 1, F(molt_dictview_isdisjoint), NULL}, {NULL, 0, 0, 0, NULL, NULL},
};
static const MethodDef range_methods[] = {
    {"count", ONE, 1, 1, F(molt_range_count), NULL}, {"index", ONE, 1, 1, F(molt_range_index), NULL}, {NULL, 0, 0, 0, NULL, NULL},
};
static const MethodDef slice_methods[] = {
    {"indices", ONE, 1, 1, F(molt_slice_indices_method), NULL}, {NULL, 0, 0, 0, NULL, NULL},
};
static const MethodDef str_methods[] = {
    {"find", OLDSTYLE, 1, 3, F(molt_str_find), NULL}, {"rfind", OLDSTYLE, 1, 3, F(molt_str_rfind), NULL},
    {"index", OLDSTYLE, 1, 3, F(molt_str_index), NULL}, {"rindex", OLDSTYLE, 1, 3, F(molt_str_rindex), NULL},
    {"count", OLDSTYLE, 1, 3, F(molt_str_count), NULL}, {"startswith", OLDSTYLE, 1, 3, F(molt_str_startswith), NULL},
    {"endswith", OLDSTYLE, 1, 3, F(molt_str_endswith), NULL}, {"replace", CLINIC, 2, 3, F(str_replace), NULL},
    {"strip", CLINIC, 0, 1, F(molt_str_strip), NULL}, {"lstrip", CLINIC, 0, 1, F(molt_str_lstrip), NULL},
    {"rstrip", CLINIC, 0, 1, F(molt_str_rstrip), NULL}, {"partition", ONE, 1, 1, F(molt_str_partition), NULL},
    {"rpartition", ONE, 1, 1, F(molt_str_rpartition), NULL}, {"center", CLINIC, 1, 2, F(molt_str_center), NULL},
    {"ljust", CLINIC, 1, 2, F(molt_str_ljust), NULL}, {"rjust", CLINIC, 1, 2, F(molt_str_rjust), NULL},
    {"zfill", ONE, 1, 1, F(molt_str_zfill), NULL}, {"upper", NOARGS, 0, 0, F(molt_str_upper), NULL},
    {"lower", NOARGS, 0, 0, F(molt_str_lower), NULL}, {"casefold", NOARGS, 0, 0, F(molt_str_casefold), NULL},
    {"swapcase", NOARGS, 0, 0, F(molt_str_swapcase), NULL}, {"capitalize", NOARGS, 0, 0, F(molt_str_capitalize), NULL},
    {"title", NOARGS, 0, 0, F(molt_str_title), NULL}, {"isalpha", NOARGS, 0, 0, F(molt_str_isalpha), NULL},
    {"isdigit", NOARGS, 0, 0, F(molt_str_isdigit), NULL}, {"isdecimal", NOARGS, 0, 0, F(molt_str_isdecimal), NULL},
    {"isnumeric", NOARGS, 0, 0, F(molt_str_isnumeric), NULL}, {"isalnum", NOARGS, 0, 0, F(molt_str_isalnum), NULL},
    {"isspace", NOARGS, 0, 0, F(molt_str_isspace), NULL}, {"islower", NOARGS, 0, 0, F(molt_str_islower), NULL},
    {"isupper", NOARGS, 0, 0, F(molt_str_isupper), NULL}, {"istitle", NOARGS, 0, 0, F(molt_str_istitle), NULL},
    {"isascii", NOARGS, 0, 0, F(molt_str_isascii), NULL},
    {"isidentifier", NOARGS, 0, 0, F(molt_str_isidentifier), NULL}, {"isprintable", NOARGS, 0, 0, F(molt_str_isprintable), NULL},
    {"split", OLDSTYLE, 0, 2, F(molt_str_split), split_kw}, {"rsplit", OLDSTYLE, 0, 2, F(molt_str_rsplit), split_kw},
    {"splitlines", OLDSTYLE, 0, 1, F(molt_str_splitlines), splitlines_kw}, {"join", ONE, 1, 1, F(molt_str_join), NULL},
    {"removeprefix", ONE, 1, 1, F(molt_str_removeprefix), NULL}, {"removesuffix", ONE, 1, 1, F(molt_str_removesuffix), NULL},
    {"expandtabs", OLDSTYLE, 0, 1, F(molt_str_expandtabs), expandtabs_kw},
    {"translate", ONE, 1, 1, F(molt_str_translate), NULL}, {"format_map", ONE, 1, 1, F(molt_str_format_map), NULL},
    {"format", OLDSTYLE, 0, 0, NULL, NULL}, {NULL, 0, 0, 0, NULL, NULL},
};

static const char *const sort_kw[] = {"key", "reverse"};

/* Calls method m of self (any instance of the method's type) with CPython's argument checks. */
static MoltValue call_method(const MethodDef *m, MoltValue self, const MoltValue *args, size_t nargs, MoltValue kw) {
    const char *tname = molt_type_of(self)->tp_name;
    size_t nkw = kw ? (size_t)molt_tuple_size(kw) : 0;
    MoltValue a[3] = {MOLT_NONE, MOLT_NONE, MOLT_NONE};
    if (m->fn == NULL) return molt_str_format(self, args, nargs, kw); /* str.format */
    if (strcmp(m->name, "sort") == 0 && molt_is_list(self)) {
        if (nargs) {
            molt_err_set(&MoltExc_TypeError, "sort() takes no positional arguments");
            return MOLT_ERROR;
        }
        MoltValue kv[2] = {MOLT_NONE, MOLT_FALSE};
        if (molt_arg_keywords("sort", args, nargs, kw, sort_kw, kv, 2) < 0) return MOLT_ERROR;
        int rev = molt_is_true(kv[1]);
        return rev < 0 ? MOLT_ERROR : molt_list_sort(self, kv[0], rev != 0);
    }
    if (m->kind == KWARGS) {
        if (molt_arg_count(m->name, nargs, (size_t)m->min, (size_t)m->max) < 0) return MOLT_ERROR;
        return ((fnk)m->fn)(self, args, nargs, kw);
    }
    if (nkw && !m->kw) {
        molt_err_format(&MoltExc_TypeError, "%s.%s() takes no keyword arguments", tname, m->name);
        return MOLT_ERROR;
    }
    switch (m->kind) {
    case NOARGS:
        if (nargs) {
            molt_err_format(&MoltExc_TypeError, "%s.%s() takes no arguments (%zu given)", tname, m->name, nargs);
            return MOLT_ERROR;
        }
        break;
    case ONE:
        if (nargs != 1) {
            molt_err_format(&MoltExc_TypeError, "%s.%s() takes exactly one argument (%zu given)", tname, m->name,
                            nargs);
            return MOLT_ERROR;
        }
        break;
    case CLINIC:
        if (molt_arg_count(m->name, nargs, (size_t)m->min, (size_t)m->max) < 0) return MOLT_ERROR;
        break;
    case VARARGS:
        return ((fnv)m->fn)(self, args, nargs);
    default:
        if (nargs < (size_t)m->min) {
            molt_err_format(&MoltExc_TypeError, "%s() takes at least %d argument%s (%zu given)", m->name, m->min,
                            m->min == 1 ? "" : "s", nargs);
            return MOLT_ERROR;
        }
        if (nargs > (size_t)m->max) {
            molt_err_format(&MoltExc_TypeError, "%s() takes at most %d argument%s (%zu given)", m->name, m->max,
                            m->max == 1 ? "" : "s", nargs);
            return MOLT_ERROR;
        }
    }
    for (size_t i = 0; i < nargs; i++) a[i] = args[i];
    if (m->kw && molt_arg_keywords(m->name, args, nargs, kw, m->kw, a, (size_t)m->max) < 0) return MOLT_ERROR;
    if (molt_is_dict(self) && !strcmp(m->name, "pop") && nargs == 1) a[1] = MOLT_ERROR; /* no default */
    switch (m->max) {
    case 0: return ((fn0)m->fn)(self);
    case 1: return ((fn1)m->fn)(self, a[0]);
    case 2: return ((fn2)m->fn)(self, a[0], a[1]);
    default: return ((fn3)m->fn)(self, a[0], a[1], a[2]);
    }
}

static MoltValue method_call(MoltValue f, const MoltValue *args, size_t nargs, MoltValue kw) {
    MoltBuiltin *b = (MoltBuiltin *)molt_as_ptr(f);
    return call_method(b->data, b->self, args, nargs, kw);
}

static const MethodDef *table_for(MoltType *t) {
    if (t == &MoltList_Type) return list_methods;
    if (t == &MoltTuple_Type) return tuple_methods;
    if (t == &MoltDict_Type) return dict_methods;
    if (t == &MoltSet_Type) return set_methods;
    if (t == &MoltFrozenSet_Type) return frozenset_methods;
    if (t == &MoltStr_Type) return str_methods;
    if (t == &MoltInt_Type || t == &MoltBool_Type) return int_methods;
    if (t == &MoltFloat_Type) return float_methods;
    if (t == &MoltRange_Type) return range_methods;
    if (t == &MoltDictKeys_Type || t == &MoltDictItems_Type) return dictview_methods;
    if (t == &MoltSlice_Type) return slice_methods;
    return NULL;
}

/* dict.fromkeys(iterable, value=None, /), a classmethod: bound to the type dict. */
static MoltValue dict_fromkeys_call(MoltValue f, const MoltValue *args, size_t nargs, MoltValue kw) {
    (void)f;
    if (molt_arg_no_kw("dict.fromkeys", kw) < 0 || molt_arg_count("fromkeys", nargs, 1, 2) < 0) return MOLT_ERROR;
    return molt_dict_fromkeys(args[0], nargs > 1 ? args[1] : MOLT_NONE);
}

/* The class and static methods of builtin types: dict.fromkeys (bound to dict), str.maketrans. */
static MoltValue class_method(MoltType *t, MoltValue name) {
    if (t == &MoltDict_Type && strcmp(molt_str_data(name), "fromkeys") == 0)
        return molt_builtin_new("fromkeys", dict_fromkeys_call, molt_from_ptr(t));
    if (t == &MoltStr_Type && strcmp(molt_str_data(name), "maketrans") == 0) return molt_str_maketrans_builtin();
    return MOLT_NOTIMPLEMENTED;
}

MoltValue molt_builtin_method(MoltValue o, MoltValue name) {
    const MethodDef *m = table_for(molt_type_of(o));
    if (!m) return MOLT_NOTIMPLEMENTED;
    MoltValue cm = class_method(molt_type_of(o), name);
    if (cm != MOLT_NOTIMPLEMENTED) return cm;
    for (; m->name; m++)
        if (strcmp(m->name, molt_str_data(name)) == 0) {
            MoltValue b = molt_builtin_new(m->name, method_call, o);
            if (b != MOLT_ERROR) ((MoltBuiltin *)molt_as_ptr(b))->data = m;
            return b;
        }
    return MOLT_NOTIMPLEMENTED;
}

/* ---- unbound methods: `list.append` is a method_descriptor (CPython PyMethodDescr_Type) ---- */

typedef struct MoltMethodDescr {
    MoltObject ob;
    MoltType *objclass; /* the type the method belongs to (static, immortal) */
    const MethodDef *def;
} MoltMethodDescr;

static MoltValue descr_call(MoltValue f, const MoltValue *args, size_t nargs, MoltValue kw) {
    MoltMethodDescr *d = (MoltMethodDescr *)molt_as_ptr(f);
    if (nargs < 1) {
        molt_err_format(&MoltExc_TypeError, "unbound method %s.%s() needs an argument", d->objclass->tp_name,
                        d->def->name);
        return MOLT_ERROR;
    }
    if (!molt_type_is_subtype(molt_type_of(args[0]), d->objclass)) {
        molt_err_format(&MoltExc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                        d->def->name, d->objclass->tp_name, molt_type_of(args[0])->tp_name);
        return MOLT_ERROR;
    }
    return call_method(d->def, args[0], args + 1, nargs - 1, kw);
}

static MoltValue descr_repr(MoltValue v) {
    MoltMethodDescr *d = (MoltMethodDescr *)molt_as_ptr(v);
    MoltStrBuf b;
    molt_strbuf_init(&b);
    molt_strbuf_append_cstr(&b, "<method '");
    molt_strbuf_append_cstr(&b, d->def->name);
    molt_strbuf_append_cstr(&b, "' of '");
    molt_strbuf_append_cstr(&b, d->objclass->tp_name);
    molt_strbuf_append_cstr(&b, "' objects>");
    return molt_strbuf_finish(&b);
}

MoltType MoltMethodDescr_Type = {
    .ob = MOLT_STATIC_HEADER(&MoltType_Type),
    .tp_name = "method_descriptor",
    .tp_basicsize = sizeof(MoltMethodDescr),
    .tp_dealloc = molt_free_object,
    .tp_repr = descr_repr,
    .tp_hash = molt_identity_hash,
    .tp_call = descr_call,
    .tp_base = &MoltBaseObject_Type,
    .tp_mro = MOLT_NONE,
    .tp_dict = MOLT_NONE,
};

MoltValue molt_method_descriptor(MoltType *t, MoltValue name) {
    const MethodDef *m = table_for(t);
    if (!m) return MOLT_NOTIMPLEMENTED;
    MoltValue cm = class_method(t, name);
    if (cm != MOLT_NOTIMPLEMENTED) return cm;
    for (; m->name; m++)
        if (strcmp(m->name, molt_str_data(name)) == 0) {
            MoltMethodDescr *d = molt_alloc_object(&MoltMethodDescr_Type, sizeof(MoltMethodDescr));
            if (!d) return MOLT_ERROR;
            d->objclass = t;
            d->def = m;
            return molt_from_ptr(d);
        }
    return MOLT_NOTIMPLEMENTED;
}

MoltValue molt_method_descriptor_getattr(MoltValue o, MoltValue name) {
    MoltMethodDescr *d = (MoltMethodDescr *)molt_as_ptr(o);
    const char *n = molt_str_data(name);
    if (strcmp(n, "__name__") == 0) return molt_str_from_cstr(d->def->name);
    if (strcmp(n, "__qualname__") == 0) {
        MoltStrBuf b;
        molt_strbuf_init(&b);
        molt_strbuf_append_cstr(&b, d->objclass->tp_name);
        molt_strbuf_append_char(&b, '.');
        molt_strbuf_append_cstr(&b, d->def->name);
        return molt_strbuf_finish(&b);
    }
    if (strcmp(n, "__objclass__") == 0) return molt_from_ptr(d->objclass);
    return MOLT_NOTIMPLEMENTED;
}
