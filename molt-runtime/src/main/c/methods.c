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

enum { NOARGS, ONE, CLINIC, OLDSTYLE };

typedef MoltValue (*fn0)(MoltValue);
typedef MoltValue (*fn1)(MoltValue, MoltValue);
typedef MoltValue (*fn2)(MoltValue, MoltValue, MoltValue);
typedef MoltValue (*fn3)(MoltValue, MoltValue, MoltValue, MoltValue);

typedef struct MethodDef {
    const char *name;
    int kind;
    int min, max;     /* positional argument counts (CLINIC/OLDSTYLE) */
    void (*fn)(void); /* fn0..fn3 by max; absent optional arguments are MOLT_NONE */
} MethodDef;

#define F(f) ((void (*)(void))(f))

/* int-returning operations as MoltValue-returning methods */
static MoltValue list_append(MoltValue l, MoltValue x) { return molt_list_append(l, x) < 0 ? MOLT_ERROR : MOLT_NONE; }
static MoltValue list_extend(MoltValue l, MoltValue x) { return molt_list_extend(l, x) < 0 ? MOLT_ERROR : MOLT_NONE; }
static MoltValue list_sort_kw(MoltValue l) { return molt_list_sort(l, MOLT_NONE, false); } /* keywords: see method_call */
static MoltValue dict_update(MoltValue d, MoltValue o) {
    return o == MOLT_NONE ? MOLT_NONE : molt_dict_update(d, o) < 0 ? MOLT_ERROR : MOLT_NONE;
}
static MoltValue dict_pop(MoltValue d, MoltValue k, MoltValue dflt) { return molt_dict_pop(d, k, dflt); }
static MoltValue set_add(MoltValue s, MoltValue x) { return molt_set_add(s, x) < 0 ? MOLT_ERROR : MOLT_NONE; }
static MoltValue set_discard(MoltValue s, MoltValue x) { return molt_set_discard(s, x) < 0 ? MOLT_ERROR : MOLT_NONE; }
static MoltValue set_update(MoltValue s, MoltValue x) { return molt_set_update(s, x) < 0 ? MOLT_ERROR : MOLT_NONE; }
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

static const MethodDef list_methods[] = {
    {"append", ONE, 1, 1, F(list_append)}, {"extend", ONE, 1, 1, F(list_extend)},
    {"insert", CLINIC, 2, 2, F(molt_list_insert)}, {"pop", CLINIC, 0, 1, F(molt_list_pop)},
    {"remove", ONE, 1, 1, F(molt_list_remove)}, {"index", CLINIC, 1, 3, F(molt_list_index)},
    {"count", ONE, 1, 1, F(molt_list_count)}, {"reverse", NOARGS, 0, 0, F(molt_list_reverse)},
    {"sort", NOARGS, 0, 0, F(list_sort_kw)}, {"copy", NOARGS, 0, 0, F(molt_list_copy)},
    {"clear", NOARGS, 0, 0, F(molt_list_clear)}, {NULL, 0, 0, 0, NULL},
};
static const MethodDef tuple_methods[] = {
    {"count", ONE, 1, 1, F(molt_tuple_count)}, {"index", CLINIC, 1, 3, F(molt_tuple_index)},
    {NULL, 0, 0, 0, NULL},
};
static const MethodDef dict_methods[] = {
    {"get", CLINIC, 1, 2, F(molt_dict_get)}, {"setdefault", CLINIC, 1, 2, F(molt_dict_setdefault)},
    {"pop", CLINIC, 1, 2, F(dict_pop)}, {"popitem", NOARGS, 0, 0, F(molt_dict_popitem)},
    {"update", CLINIC, 0, 1, F(dict_update)}, {"copy", NOARGS, 0, 0, F(molt_dict_copy)},
    {"clear", NOARGS, 0, 0, F(molt_dict_clear)}, {"keys", NOARGS, 0, 0, F(molt_dict_keys)},
    {"values", NOARGS, 0, 0, F(molt_dict_values)}, {"items", NOARGS, 0, 0, F(molt_dict_items)},
    {NULL, 0, 0, 0, NULL},
};
static const MethodDef set_methods[] = {
    {"add", ONE, 1, 1, F(set_add)}, {"discard", ONE, 1, 1, F(set_discard)},
    {"remove", ONE, 1, 1, F(molt_set_remove)}, {"pop", NOARGS, 0, 0, F(molt_set_pop)},
    {"clear", NOARGS, 0, 0, F(molt_set_clear)}, {"copy", NOARGS, 0, 0, F(molt_set_copy)},
    {"update", ONE, 1, 1, F(set_update)}, {"union", ONE, 1, 1, F(molt_set_union)},
    {"intersection", ONE, 1, 1, F(molt_set_intersection)}, {"difference", ONE, 1, 1, F(molt_set_difference)},
    {"symmetric_difference", ONE, 1, 1, F(molt_set_symmetric_difference)},
    {"intersection_update", ONE, 1, 1, F(molt_set_intersection_update)},
    {"difference_update", ONE, 1, 1, F(molt_set_difference_update)},
    {"symmetric_difference_update", ONE, 1, 1, F(molt_set_symmetric_difference_update)},
    {"issubset", ONE, 1, 1, F(molt_set_issubset)}, {"issuperset", ONE, 1, 1, F(molt_set_issuperset)},
    {"isdisjoint", ONE, 1, 1, F(molt_set_isdisjoint)}, {NULL, 0, 0, 0, NULL},
};
static const MethodDef frozenset_methods[] = {
    {"copy", NOARGS, 0, 0, F(molt_set_copy)}, {"union", ONE, 1, 1, F(molt_set_union)},
    {"intersection", ONE, 1, 1, F(molt_set_intersection)}, {"difference", ONE, 1, 1, F(molt_set_difference)},
    {"symmetric_difference", ONE, 1, 1, F(molt_set_symmetric_difference)},
    {"issubset", ONE, 1, 1, F(molt_set_issubset)}, {"issuperset", ONE, 1, 1, F(molt_set_issuperset)},
    {"isdisjoint", ONE, 1, 1, F(molt_set_isdisjoint)}, {NULL, 0, 0, 0, NULL},
};
static const MethodDef str_methods[] = {
    {"find", OLDSTYLE, 1, 3, F(molt_str_find)}, {"rfind", OLDSTYLE, 1, 3, F(molt_str_rfind)},
    {"index", OLDSTYLE, 1, 3, F(molt_str_index)}, {"rindex", OLDSTYLE, 1, 3, F(molt_str_rindex)},
    {"count", OLDSTYLE, 1, 3, F(molt_str_count)}, {"startswith", OLDSTYLE, 1, 3, F(molt_str_startswith)},
    {"endswith", OLDSTYLE, 1, 3, F(molt_str_endswith)}, {"replace", CLINIC, 2, 3, F(str_replace)},
    {"strip", CLINIC, 0, 1, F(molt_str_strip)}, {"lstrip", CLINIC, 0, 1, F(molt_str_lstrip)},
    {"rstrip", CLINIC, 0, 1, F(molt_str_rstrip)}, {"partition", ONE, 1, 1, F(molt_str_partition)},
    {"rpartition", ONE, 1, 1, F(molt_str_rpartition)}, {"center", CLINIC, 1, 2, F(molt_str_center)},
    {"ljust", CLINIC, 1, 2, F(molt_str_ljust)}, {"rjust", CLINIC, 1, 2, F(molt_str_rjust)},
    {"zfill", ONE, 1, 1, F(molt_str_zfill)}, {"upper", NOARGS, 0, 0, F(molt_str_upper)},
    {"lower", NOARGS, 0, 0, F(molt_str_lower)}, {"casefold", NOARGS, 0, 0, F(molt_str_casefold)},
    {"swapcase", NOARGS, 0, 0, F(molt_str_swapcase)}, {"capitalize", NOARGS, 0, 0, F(molt_str_capitalize)},
    {"title", NOARGS, 0, 0, F(molt_str_title)}, {"isalpha", NOARGS, 0, 0, F(molt_str_isalpha)},
    {"isdigit", NOARGS, 0, 0, F(molt_str_isdigit)}, {"isdecimal", NOARGS, 0, 0, F(molt_str_isdecimal)},
    {"isnumeric", NOARGS, 0, 0, F(molt_str_isnumeric)}, {"isalnum", NOARGS, 0, 0, F(molt_str_isalnum)},
    {"isspace", NOARGS, 0, 0, F(molt_str_isspace)}, {"islower", NOARGS, 0, 0, F(molt_str_islower)},
    {"isupper", NOARGS, 0, 0, F(molt_str_isupper)}, {"istitle", NOARGS, 0, 0, F(molt_str_istitle)},
    {"isascii", NOARGS, 0, 0, F(molt_str_isascii)}, {"isprintable", NOARGS, 0, 0, F(molt_str_isprintable)},
    {"split", OLDSTYLE, 0, 2, F(molt_str_split)}, {"rsplit", OLDSTYLE, 0, 2, F(molt_str_rsplit)},
    {"splitlines", OLDSTYLE, 0, 1, F(molt_str_splitlines)}, {"join", ONE, 1, 1, F(molt_str_join)},
    {"format", OLDSTYLE, 0, 0, NULL}, {NULL, 0, 0, 0, NULL},
};

static const char *const sort_kw[] = {"key", "reverse"};
static const char *const split_kw[] = {"sep", "maxsplit"};
static const char *const splitlines_kw[] = {"keepends"};

static MoltValue method_call(MoltValue f, const MoltValue *args, size_t nargs, MoltValue kw) {
    MoltBuiltin *b = (MoltBuiltin *)molt_as_ptr(f);
    const MethodDef *m = b->data;
    MoltValue self = b->self;
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
    bool is_split = molt_is_str(self) && (!strcmp(m->name, "split") || !strcmp(m->name, "rsplit"));
    bool is_lines = molt_is_str(self) && !strcmp(m->name, "splitlines");
    if (nkw && !is_split && !is_lines) {
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
    if (is_split && molt_arg_keywords(m->name, args, nargs, kw, split_kw, a, 2) < 0) return MOLT_ERROR;
    if (is_lines && molt_arg_keywords(m->name, args, nargs, kw, splitlines_kw, a, 1) < 0) return MOLT_ERROR;
    if (molt_is_dict(self) && !strcmp(m->name, "pop") && nargs == 1) a[1] = MOLT_ERROR; /* no default */
    switch (m->max) {
    case 0: return ((fn0)m->fn)(self);
    case 1: return ((fn1)m->fn)(self, a[0]);
    case 2: return ((fn2)m->fn)(self, a[0], a[1]);
    default: return ((fn3)m->fn)(self, a[0], a[1], a[2]);
    }
}

static const MethodDef *table_for(MoltType *t) {
    if (t == &MoltList_Type) return list_methods;
    if (t == &MoltTuple_Type) return tuple_methods;
    if (t == &MoltDict_Type) return dict_methods;
    if (t == &MoltSet_Type) return set_methods;
    if (t == &MoltFrozenSet_Type) return frozenset_methods;
    if (t == &MoltStr_Type) return str_methods;
    return NULL;
}

MoltValue molt_builtin_method(MoltValue o, MoltValue name) {
    const MethodDef *m = table_for(molt_type_of(o));
    if (!m) return MOLT_NOTIMPLEMENTED;
    for (; m->name; m++)
        if (strcmp(m->name, molt_str_data(name)) == 0) {
            MoltValue b = molt_builtin_new(m->name, method_call, o);
            if (b != MOLT_ERROR) ((MoltBuiltin *)molt_as_ptr(b))->data = m;
            return b;
        }
    return MOLT_NOTIMPLEMENTED;
}
