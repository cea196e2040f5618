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
#include "molt/method_defs.h"
#include "ptrlist.h"

#include <string.h>

typedef MoltValue (*fn0)(MoltValue);
typedef MoltValue (*fn1)(MoltValue, MoltValue);
typedef MoltValue (*fn2)(MoltValue, MoltValue, MoltValue);
typedef MoltValue (*fn3)(MoltValue, MoltValue, MoltValue, MoltValue);
typedef MoltValue (*fnv)(MoltValue, const MoltValue *, size_t);
typedef MoltValue (*fnk)(MoltValue, const MoltValue *, size_t, MoltValue);
typedef MoltMethodDef MethodDef;
enum { NOARGS = MOLT_METH_NOARGS, ONE = MOLT_METH_ONE, CLINIC = MOLT_METH_CLINIC, OLDSTYLE = MOLT_METH_OLDSTYLE,
       VARARGS = MOLT_METH_VARARGS, KWARGS = MOLT_METH_KWARGS };

/* int-returning operations as MoltValue-returning methods */
MoltValue molt_m_list_append(MoltValue l, MoltValue x) { return molt_list_append(l, x) < 0 ? MOLT_ERROR : MOLT_NONE; }
MoltValue molt_m_list_extend(MoltValue l, MoltValue x) { return molt_list_extend(l, x) < 0 ? MOLT_ERROR : MOLT_NONE; }

/* dict.update([other], **kwargs) */
MoltValue molt_m_dict_update(MoltValue d, const MoltValue *args, size_t nargs, MoltValue kw) {
    if (nargs && molt_dict_update(d, args[0]) < 0) return MOLT_ERROR;
    for (int64_t i = 0; kw && i < molt_tuple_size(kw); i++)
        if (molt_dict_setitem(d, molt_tuple_get(kw, i), args[nargs + (size_t)i]) < 0) return MOLT_ERROR;
    return MOLT_NONE;
}
MoltValue molt_m_dict_pop(MoltValue d, MoltValue k, MoltValue dflt) { return molt_dict_pop(d, k, dflt); }
MoltValue molt_m_set_add(MoltValue s, MoltValue x) { return molt_set_add(s, x) < 0 ? MOLT_ERROR : MOLT_NONE; }
MoltValue molt_m_set_discard(MoltValue s, MoltValue x) { return molt_set_discard(s, x) < 0 ? MOLT_ERROR : MOLT_NONE; }
MoltValue molt_m_str_replace(MoltValue s, MoltValue a, MoltValue b, MoltValue count) {
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

const char *const molt_m_split_kw[] = {"sep", "maxsplit"};
const char *const molt_m_splitlines_kw[] = {"keepends"};
const char *const molt_m_expandtabs_kw[] = {"tabsize"};


static const char *const sort_kw[] = {"key", "reverse"};

/* list.sort(*, key=None, reverse=False) */
MoltValue molt_m_list_sort(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kw) {
    if (nargs) {
        molt_err_set(&MoltExc_TypeError, "sort() takes no positional arguments");
        return MOLT_ERROR;
    }
    MoltValue kv[2] = {MOLT_NONE, MOLT_FALSE};
    if (molt_arg_keywords("sort", args, nargs, kw, sort_kw, kv, 2) < 0) return MOLT_ERROR;
    int rev = molt_is_true(kv[1]);
    return rev < 0 ? MOLT_ERROR : molt_list_sort(self, kv[0], rev != 0);
}

/* Calls method m of self (any instance of the method's type) with CPython's argument checks. */
static MoltValue call_method(const MethodDef *m, MoltValue self, const MoltValue *args, size_t nargs, MoltValue kw) {
    const char *tname = molt_type_of(self)->tp_name;
    size_t nkw = kw ? (size_t)molt_tuple_size(kw) : 0;
    MoltValue a[3] = {MOLT_NONE, MOLT_NONE, MOLT_NONE};
    if (m->kind == KWARGS) {
        if (m->max >= 0 && molt_arg_count(m->name, nargs, (size_t)m->min, (size_t)m->max) < 0) return MOLT_ERROR;
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

/* The entry of method `name` (a str) in t's table, or NULL. */
static const MethodDef *find_method(const MoltType *t, MoltValue name) {
    const char *n = molt_str_data(name);
    for (const MethodDef *m = t->tp_methods; m && m->name; m++)
        if (strcmp(m->name, n) == 0) return m;
    return NULL;
}

/* dict.fromkeys(iterable, value=None, /), a classmethod: bound to the type dict. */
static MoltValue dict_fromkeys_call(MoltValue f, const MoltValue *args, size_t nargs, MoltValue kw) {
    (void)f;
    if (molt_arg_no_kw("dict.fromkeys", kw) < 0 || molt_arg_count("fromkeys", nargs, 1, 2) < 0) return MOLT_ERROR;
    return molt_dict_fromkeys(args[0], nargs > 1 ? args[1] : MOLT_NONE);
}

/* str.format(*args, **kwargs) */
MoltValue molt_m_str_format(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kw) {
    return molt_str_format(self, args, nargs, kw);
}

/* The TYPE entries: dict.fromkeys (a classmethod: bound to dict), str.maketrans (a staticmethod). */
MoltValue molt_m_dict_fromkeys(MoltValue type) { return molt_builtin_new("fromkeys", dict_fromkeys_call, type); }
MoltValue molt_m_str_maketrans(MoltValue type) {
    (void)type;
    return molt_str_maketrans_builtin();
}

MoltValue molt_builtin_method(MoltValue o, MoltValue name) {
    MoltType *t = molt_type_of(o);
    const MethodDef *m = find_method(t, name);
    if (!m) return MOLT_NOTIMPLEMENTED;
    if (m->kind == MOLT_METH_TYPE) return ((fn0)m->fn)(molt_from_ptr(t));
    MoltValue b = molt_builtin_new(m->name, method_call, o);
    if (b != MOLT_ERROR) ((MoltBuiltin *)molt_as_ptr(b))->data = m;
    return b;
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
    .tp_index = MOLT_TI_METHOD_DESCRIPTOR,
    .tp_basicsize = sizeof(MoltMethodDescr),
    .tp_dealloc = molt_free_object,
    .tp_repr = descr_repr,
    .tp_hash = molt_identity_hash,
    .tp_call = descr_call,
    .tp_base = &MoltBaseObject_Type,
    .tp_mro = MOLT_NONE,
    .tp_dict = MOLT_NONE,
};

/* The unbound methods made so far, one per (type, method) and kept for good, as CPython keeps them in the type's
 * dict: `list.append is list.append`. Released by molt_methods_fini. */
static MoltPtrList descrs;

void molt_methods_fini(void) {
    while (descrs.n > 0) molt_obj_release_immortal(&((MoltMethodDescr *)descrs.items[--descrs.n])->ob);
    molt_ptrlist_clear(&descrs);
}

MoltValue molt_method_descriptor(MoltType *t, MoltValue name) {
    const MethodDef *m = find_method(t, name);
    if (!m) return MOLT_NOTIMPLEMENTED;
    if (m->kind == MOLT_METH_TYPE) return ((fn0)m->fn)(molt_from_ptr(t));
    for (size_t i = 0; i < descrs.n; i++) {
        MoltMethodDescr *d = descrs.items[i];
        if (d->objclass == t && d->def == m) return molt_from_ptr(d);
    }
    if (molt_ptrlist_reserve(&descrs) < 0) return MOLT_ERROR;
    MoltMethodDescr *d = molt_alloc_object(&MoltMethodDescr_Type, sizeof(MoltMethodDescr));
    if (!d) return MOLT_ERROR;
    d->objclass = t;
    d->def = m;
    molt_obj_immortalize(&d->ob);
    molt_ptrlist_append(&descrs, d);
    return molt_from_ptr(d);
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
