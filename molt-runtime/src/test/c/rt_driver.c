/*
 * rt_driver.c — test driver for the C runtime. Reads one operation per line
 * from stdin and prints repr(result) or "EXC Type: message" per line; the
 * JUnit tests feed the same lines to src/test/python/rt_oracle.py (CPython)
 * and compare the outputs.
 *
 * Line grammar:  [= N] OP ARG*
 *   ARG := i:DECIMAL | f:16HEX (IEEE bits) | s:HEX (UTF-8 bytes) | b:0 | b:1 | n (None)
 *        | t:TYPENAME | r:N (register N) | c:NAME (a builtin or a test function below)
 *        | a:ASCII (a str, written plainly)
 *        | w:NAME (the next argument is passed as keyword NAME, for call/bound/meth)
 *        | e:list | e:tuple | e:dict | e:set | e:frozenset (a new empty one)
 * `= N OP ...` also stores the result in register N (unless it raised);
 * `: N OP ...` stores it and prints "ok" instead of its repr.
 * At exit the driver checks that no heap object is left alive (refcount leak
 * check) and exits 3 if one is.
 */
#include "molt/molt.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static MoltType *type_by_name(const char *name) {
#define X(n, b) if (strcmp(name, #n) == 0) return &MoltExc_##n;
    MOLT_FOR_EACH_EXCEPTION(X)
#undef X
    static MoltType *const builtins[] = {&MoltInt_Type, &MoltFloat_Type, &MoltStr_Type, &MoltBool_Type,
                                          &MoltTuple_Type, &MoltBaseObject_Type, &MoltNone_Type, &MoltType_Type};
    for (size_t i = 0; i < sizeof builtins / sizeof builtins[0]; i++)
        if (strcmp(name, builtins[i]->tp_name) == 0) return builtins[i];
    return NULL;
}

static MoltValue regs[16];
static bool is_kw[64];

/* ---- test functions: each returns the tuple of its bound parameters ---------------- */

static MoltValue frame_tuple(MoltValue *frame, int n) {
    MoltValue t = molt_tuple_new(n);
    for (int i = 0; i < n; i++) molt_tuple_set(t, i, molt_incref(frame[i]));
    return t;
}
static MoltValue fast2(MoltValue *f) { return frame_tuple(f, 2); }
static MoltValue fast3(MoltValue *f) { return frame_tuple(f, 3); }
static MoltValue fast7(MoltValue *f) { return frame_tuple(f, 7); }
static MoltValue fast_none(MoltValue *f) {
    (void)f;
    return MOLT_NONE;
}
static MoltValue fast_rec(MoltValue *f);
static MoltValue fast_inner(MoltValue *f) { /* inner(y) with free x: x + y */
    MoltValue x = molt_cell_get(f[1], "x", true);
    if (x == MOLT_ERROR) return x;
    MoltValue r = molt_add(x, f[0]);
    molt_decref(x);
    return r;
}

static const char *const v_ab[] = {"a", "b"};
static const char *const v_abc[] = {"a", "b", "c"};
static const char *const v_star[] = {"a", "args", "kw"};
static const char *const v_all[] = {"a", "b", "c", "d", "e", "args", "kw"};
static const char *const v_y[] = {"y"};
static const MoltCode code_pos = {"f_pos", "f_pos", 2, 0, 0, 0, 0, v_ab, fast2};
static const MoltCode code_def = {"f_def", "f_def", 3, 0, 0, 0, 0, v_abc, fast3};
static const MoltCode code_star = {"f_star", "f_star", 1, 0, 0, MOLT_CO_VARARGS | MOLT_CO_VARKEYWORDS, 0, v_star, fast3};
static const MoltCode code_kwonly = {"f_kwonly", "f_kwonly", 1, 0, 2, 0, 0, v_abc, fast3};
static const MoltCode code_posonly = {"f_posonly", "f_posonly", 3, 2, 0, 0, 0, v_abc, fast3};
static const MoltCode code_all = {"f_all", "f_all", 3, 2, 2, MOLT_CO_VARARGS | MOLT_CO_VARKEYWORDS, 0, v_all, fast7};
static const MoltCode code_noargs = {"f_noargs", "f_noargs", 0, 0, 0, 0, 0, NULL, fast_none};
static const MoltCode code_rec = {"rec", "rec", 0, 0, 0, 0, 0, NULL, fast_rec};
static const MoltCode code_inner = {"inner", "make_adder.<locals>.inner", 1, 0, 0, 0, 1, v_y, fast_inner};

static MoltValue rec_function;
static MoltValue fast_rec(MoltValue *f) {
    (void)f;
    return molt_call(rec_function, NULL, 0, 0);
}


/* ---- test classes (twins of the ones in rt_oracle.py) ---------------------------------- */

#define S(name) molt_dunder(name)
static MoltValue cls_point, cls_base, cls_derived, cls_counter, cls_myerror, cls_keyerr, cls_a, cls_b, cls_c, cls_d;

static MoltValue attr(MoltValue o, const char *n) { return molt_getattr(o, S(n)); }

static MoltValue point_init(MoltValue *f) {
    if (molt_setattr(f[0], S("x"), f[1]) < 0 || molt_setattr(f[0], S("y"), f[2]) < 0) return MOLT_ERROR;
    return MOLT_NONE;
}
static MoltValue point_xy(MoltValue self) { /* (self.x, self.y) */
    MoltValue x = attr(self, "x");
    if (x == MOLT_ERROR) return x;
    MoltValue y = attr(self, "y");
    if (y == MOLT_ERROR) {
        molt_decref(x);
        return y;
    }
    return molt_tuple_pack2(x, y);
}
static MoltValue point_repr(MoltValue *f) {
    MoltValue xy = point_xy(f[0]);
    if (xy == MOLT_ERROR) return xy;
    MoltValue r = molt_repr(xy);
    molt_decref(xy);
    if (r == MOLT_ERROR) return r;
    MoltStrBuf b;
    molt_strbuf_init(&b);
    molt_strbuf_append_cstr(&b, "Point");
    molt_strbuf_append_str(&b, r);
    molt_decref(r);
    return molt_strbuf_finish(&b);
}
static MoltValue point_eq(MoltValue *f) {
    int k = molt_isinstance(f[1], cls_point);
    if (k <= 0) return k < 0 ? MOLT_ERROR : MOLT_NOTIMPLEMENTED;
    MoltValue a = point_xy(f[0]), b = point_xy(f[1]);
    MoltValue r = molt_richcompare(a, b, MOLT_EQ);
    molt_decref(a);
    molt_decref(b);
    return r;
}
static MoltValue point_add(MoltValue *f) {
    int k = molt_isinstance(f[1], cls_point);
    if (k <= 0) return k < 0 ? MOLT_ERROR : MOLT_NOTIMPLEMENTED;
    MoltValue a = point_xy(f[0]), b = point_xy(f[1]);
    MoltValue x = molt_add(molt_tuple_get(a, 0), molt_tuple_get(b, 0));
    MoltValue y = molt_add(molt_tuple_get(a, 1), molt_tuple_get(b, 1));
    molt_decref(a);
    molt_decref(b);
    MoltValue r = molt_call2(cls_point, x, y);
    molt_decref(x);
    molt_decref(y);
    return r;
}
static MoltValue point_radd(MoltValue *f) {
    if (f[1] == molt_from_smallint(0)) return molt_incref(f[0]);
    return MOLT_NOTIMPLEMENTED;
}
static MoltValue point_len(MoltValue *f) {
    (void)f;
    return molt_from_smallint(2);
}
static MoltValue point_getitem(MoltValue *f) {
    MoltValue xy = point_xy(f[0]);
    if (xy == MOLT_ERROR) return xy;
    MoltValue r = molt_getitem(xy, f[1]);
    molt_decref(xy);
    return r;
}
static MoltValue base_init(MoltValue *f) { return molt_setattr(f[0], S("x"), f[1]) < 0 ? MOLT_ERROR : MOLT_NONE; }
static MoltValue base_who(MoltValue *f) {
    (void)f;
    return molt_str_from_cstr("Base");
}
static MoltValue base_smeth(MoltValue *f) { return molt_mul(f[0], molt_from_smallint(2)); }
static MoltValue base_cm(MoltValue *f) { return molt_getattr(f[0], S("__name__")); }
static MoltValue base_prop(MoltValue *f) {
    MoltValue x = attr(f[0], "x");
    if (x == MOLT_ERROR) return x;
    MoltValue r = molt_mul(x, molt_from_smallint(10));
    molt_decref(x);
    return r;
}
static MoltValue derived_who(MoltValue *f) {
    MoltValue m = molt_super_getattr(cls_derived, f[0], S("who"));
    if (m == MOLT_ERROR) return m;
    MoltValue r = molt_call0(m);
    molt_decref(m);
    if (r == MOLT_ERROR) return r;
    MoltValue pre = molt_str_from_cstr("Derived+");
    MoltValue s = molt_add(pre, r);
    molt_decref(pre);
    molt_decref(r);
    return s;
}
static MoltValue counter_init(MoltValue *f) {
    if (molt_setattr(f[0], S("i"), molt_from_smallint(0)) < 0) return MOLT_ERROR;
    return molt_setattr(f[0], S("n"), f[1]) < 0 ? MOLT_ERROR : MOLT_NONE;
}
static MoltValue counter_iter(MoltValue *f) { return molt_incref(f[0]); }
static MoltValue counter_next(MoltValue *f) {
    MoltValue i = attr(f[0], "i"), n = attr(f[0], "n");
    int done = molt_richcompare_bool(i, n, MOLT_GE);
    molt_decref(n);
    if (done) {
        molt_decref(i);
        MoltValue none = molt_tuple_new(0);
        molt_err_set_raised(molt_exc_new(&MoltExc_StopIteration, none)); /* raise StopIteration */
        molt_decref(none);
        return MOLT_ERROR;
    }
    MoltValue j = molt_add(i, molt_from_smallint(1));
    molt_decref(i);
    molt_setattr(f[0], S("i"), j);
    return j;
}
static MoltValue keyerr_init(MoltValue *f) {
    MoltValue init = molt_super_getattr(cls_keyerr, f[0], S("__init__"));
    if (init == MOLT_ERROR) return init;
    MoltValue r = molt_call1(init, f[1]);
    molt_decref(init);
    if (r == MOLT_ERROR) return r;
    molt_decref(r);
    return molt_setattr(f[0], S("k"), f[1]) < 0 ? MOLT_ERROR : MOLT_NONE;
}

static const char *const v_self[] = {"self"};
static const char *const v_self_x[] = {"self", "x"};
static const char *const v_self_xy[] = {"self", "x", "y"};
static const char *const v_self_other[] = {"self", "other"};
static const char *const v_self_i[] = {"self", "i"};
static const char *const v_a[] = {"a"};
static const char *const v_cls[] = {"cls"};
static const char *const v_self_k[] = {"self", "k"};
#define CODE(var, name, q, argc, names, fn) static const MoltCode var = {name, q, argc, 0, 0, 0, 0, names, fn};
CODE(c_point_init, "__init__", "Point.__init__", 3, v_self_xy, point_init)
CODE(c_point_repr, "__repr__", "Point.__repr__", 1, v_self, point_repr)
CODE(c_point_eq, "__eq__", "Point.__eq__", 2, v_self_other, point_eq)
CODE(c_point_add, "__add__", "Point.__add__", 2, v_self_other, point_add)
CODE(c_point_radd, "__radd__", "Point.__radd__", 2, v_self_other, point_radd)
CODE(c_point_len, "__len__", "Point.__len__", 1, v_self, point_len)
CODE(c_point_getitem, "__getitem__", "Point.__getitem__", 2, v_self_i, point_getitem)
CODE(c_base_init, "__init__", "Base.__init__", 2, v_self_x, base_init)
CODE(c_base_who, "who", "Base.who", 1, v_self, base_who)
CODE(c_base_smeth, "smeth", "Base.smeth", 1, v_a, base_smeth)
CODE(c_base_cm, "cm", "Base.cm", 1, v_cls, base_cm)
CODE(c_base_prop, "prop", "Base.prop", 1, v_self, base_prop)
CODE(c_derived_who, "who", "Derived.who", 1, v_self, derived_who)
CODE(c_counter_init, "__init__", "Counter.__init__", 2, v_self_x, counter_init)
CODE(c_counter_iter, "__iter__", "Counter.__iter__", 1, v_self, counter_iter)
CODE(c_counter_next, "__next__", "Counter.__next__", 1, v_self, counter_next)
CODE(c_keyerr_init, "__init__", "MyKeyError.__init__", 2, v_self_k, keyerr_init)

static void ns_put(MoltValue ns, const char *name, MoltValue v) { /* steals v */
    molt_dict_setitem(ns, S(name), v);
    molt_decref(v);
}
static void ns_fn(MoltValue ns, const MoltCode *code, MoltValue defaults) {
    ns_put(ns, code->name, molt_function_new(code, defaults, MOLT_NONE, MOLT_NONE));
}
static MoltValue make_class(const char *name, MoltValue ns, int nbases, ...) {
    MoltValue bases = molt_tuple_new(nbases);
    va_list ap;
    va_start(ap, nbases);
    for (int i = 0; i < nbases; i++) molt_tuple_set(bases, i, molt_incref(va_arg(ap, MoltValue)));
    va_end(ap);
    ns_put(ns, "__module__", molt_str_from_cstr("__main__"));
    ns_put(ns, "__qualname__", molt_str_from_cstr(name));
    MoltValue c = molt_make_class(name, bases, ns);
    molt_decref(bases);
    molt_decref(ns);
    return c;
}

static void make_test_classes(void) {
    if (cls_point) return;
    MoltValue ns = molt_dict_new();
    ns_fn(ns, &c_point_init, MOLT_NONE);
    ns_fn(ns, &c_point_repr, MOLT_NONE);
    ns_fn(ns, &c_point_eq, MOLT_NONE);
    ns_fn(ns, &c_point_add, MOLT_NONE);
    ns_fn(ns, &c_point_radd, MOLT_NONE);
    ns_fn(ns, &c_point_len, MOLT_NONE);
    ns_fn(ns, &c_point_getitem, MOLT_NONE);
    cls_point = make_class("Point", ns, 0);
    ns = molt_dict_new();
    MoltValue one = molt_tuple_new(1);
    molt_tuple_set(one, 0, molt_from_smallint(1));
    ns_fn(ns, &c_base_init, one);
    molt_decref(one);
    ns_fn(ns, &c_base_who, MOLT_NONE);
    MoltValue f = molt_function_new(&c_base_smeth, MOLT_NONE, MOLT_NONE, MOLT_NONE);
    ns_put(ns, "smeth", molt_staticmethod_new(f));
    molt_decref(f);
    f = molt_function_new(&c_base_cm, MOLT_NONE, MOLT_NONE, MOLT_NONE);
    ns_put(ns, "cm", molt_classmethod_new(f));
    molt_decref(f);
    f = molt_function_new(&c_base_prop, MOLT_NONE, MOLT_NONE, MOLT_NONE);
    ns_put(ns, "prop", molt_property_new(f, MOLT_NONE, MOLT_NONE));
    molt_decref(f);
    ns_put(ns, "kind", molt_str_from_cstr("base"));
    cls_base = make_class("Base", ns, 0);
    ns = molt_dict_new();
    ns_fn(ns, &c_derived_who, MOLT_NONE);
    cls_derived = make_class("Derived", ns, 1, cls_base);
    ns = molt_dict_new();
    ns_fn(ns, &c_counter_init, MOLT_NONE);
    ns_fn(ns, &c_counter_iter, MOLT_NONE);
    ns_fn(ns, &c_counter_next, MOLT_NONE);
    cls_counter = make_class("Counter", ns, 0);
    cls_myerror = make_class("MyError", molt_dict_new(), 1, molt_from_ptr(&MoltExc_ValueError));
    ns = molt_dict_new();
    ns_fn(ns, &c_keyerr_init, MOLT_NONE);
    cls_keyerr = make_class("MyKeyError", ns, 1, molt_from_ptr(&MoltExc_KeyError));
    cls_a = make_class("A", molt_dict_new(), 0);
    cls_b = make_class("B", molt_dict_new(), 1, cls_a);
    cls_c = make_class("C", molt_dict_new(), 1, cls_a);
    cls_d = make_class("D", molt_dict_new(), 2, cls_b, cls_c);
}

static MoltValue test_class(const char *name) {
    make_test_classes();
    const char *names[] = {"Point", "Base", "Derived", "Counter", "MyError", "MyKeyError", "A", "B", "C", "D"};
    MoltValue vals[] = {cls_point, cls_base, cls_derived, cls_counter, cls_myerror, cls_keyerr, cls_a, cls_b, cls_c, cls_d};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(name, names[i]) == 0) return vals[i];
    return MOLT_ERROR;
}

static MoltValue test_function(const char *name);

static MoltValue test_function(const char *name) {
    MoltValue cls = test_class(name);
    if (cls != MOLT_ERROR) return cls;
    MoltValue i1 = molt_from_smallint(1), i2 = molt_from_smallint(2), i3 = molt_from_smallint(3);
    MoltValue i4 = molt_from_smallint(4), i5 = molt_from_smallint(5);
    if (strcmp(name, "f_pos") == 0) return molt_function_new(&code_pos, MOLT_NONE, MOLT_NONE, MOLT_NONE);
    if (strcmp(name, "f_def") == 0) {
        MoltValue d = molt_tuple_pack2(i2, i3);
        MoltValue f = molt_function_new(&code_def, d, MOLT_NONE, MOLT_NONE);
        molt_decref(d);
        return f;
    }
    if (strcmp(name, "f_star") == 0) return molt_function_new(&code_star, MOLT_NONE, MOLT_NONE, MOLT_NONE);
    if (strcmp(name, "f_kwonly") == 0 || strcmp(name, "f_all") == 0) {
        bool all = name[2] == 'a';
        MoltValue kwd = molt_dict_new(), k = molt_str_from_cstr(all ? "e" : "c");
        molt_dict_setitem(kwd, k, all ? i4 : i5);
        molt_decref(k);
        MoltValue d = all ? molt_tuple_pack2(i1, i2) : MOLT_NONE;
        MoltValue f = molt_function_new(all ? &code_all : &code_kwonly, d, kwd, MOLT_NONE);
        molt_decref(kwd);
        molt_decref(d);
        return f;
    }
    if (strcmp(name, "f_posonly") == 0) return molt_function_new(&code_posonly, MOLT_NONE, MOLT_NONE, MOLT_NONE);
    if (strcmp(name, "f_noargs") == 0) return molt_function_new(&code_noargs, MOLT_NONE, MOLT_NONE, MOLT_NONE);
    if (strcmp(name, "rec") == 0) {
        if (rec_function == 0) rec_function = molt_function_new(&code_rec, MOLT_NONE, MOLT_NONE, MOLT_NONE);
        return molt_incref(rec_function);
    }
    MoltValue b = molt_builtin(name);
    if (b == MOLT_ERROR) {
        fprintf(stderr, "bad callable: %s\n", name);
        exit(2);
    }
    return b;
}

static int hexval(char c) { return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; }

static MoltValue parse_arg(const char *a) {
    if (strcmp(a, "n") == 0) return MOLT_NONE;
    if (strncmp(a, "i:", 2) == 0) return molt_int_from_utf8(a + 2, strlen(a + 2), 10);
    if (strncmp(a, "b:", 2) == 0) return molt_from_bool(a[2] == '1');
    if (strncmp(a, "f:", 2) == 0) {
        uint64_t bits = 0; /* not strtoull: wasi-libc's needs compiler-rt's __multi3 */
        for (const char *p = a + 2; *p; p++) bits = bits << 4 | (uint64_t)hexval(*p);
        double d;
        memcpy(&d, &bits, sizeof d);
        return molt_from_double(d);
    }
    if (strncmp(a, "s:", 2) == 0) {
        size_t n = strlen(a + 2) / 2;
        char *buf = malloc(n + 1);
        for (size_t i = 0; i < n; i++) buf[i] = (char)(hexval(a[2 + 2 * i]) * 16 + hexval(a[3 + 2 * i]));
        MoltValue s = molt_str_from_utf8(buf, n);
        free(buf);
        return s;
    }
    if (strncmp(a, "t:", 2) == 0) {
        MoltType *t = type_by_name(a + 2);
        if (t) return molt_from_ptr(t);
        MoltValue b = molt_builtin(a + 2);
        if (b != MOLT_ERROR) return b;
        molt_err_clear();
    }
    if (strncmp(a, "r:", 2) == 0) return molt_incref(regs[atoi(a + 2)]);
    if (strncmp(a, "c:", 2) == 0) return test_function(a + 2);
    if (strncmp(a, "w:", 2) == 0 || strncmp(a, "a:", 2) == 0) return molt_str_from_cstr(a + 2);
    if (strcmp(a, "e:list") == 0) return molt_list_new(0);
    if (strcmp(a, "e:tuple") == 0) return molt_tuple_new(0);
    if (strcmp(a, "e:dict") == 0) return molt_dict_new();
    if (strcmp(a, "e:set") == 0) return molt_set_new(MOLT_NONE);
    if (strcmp(a, "e:frozenset") == 0) return molt_frozenset_new(MOLT_NONE);
    fprintf(stderr, "bad argument: %s\n", a);
    exit(2);
}

/* Splits a[0..n) into positional values and a kwnames tuple (w:NAME markers). */
static size_t split_kw(MoltValue *a, int n, int first, MoltValue *out, MoltValue *kwnames) {
    size_t np = 0, nk = 0;
    MoltValue kv[32], names[32];
    for (int i = first; i < n; i++) {
        if (is_kw[i]) {
            names[nk] = a[i];
            kv[nk++] = a[++i];
        } else {
            out[np++] = a[i];
        }
    }
    *kwnames = 0;
    if (nk) {
        *kwnames = molt_tuple_new((int64_t)nk);
        for (size_t i = 0; i < nk; i++) molt_tuple_set(*kwnames, (int64_t)i, molt_incref(names[i]));
    }
    for (size_t i = 0; i < nk; i++) out[np + i] = kv[i];
    return np;
}

static MoltValue none_or_error(int rc) { return rc < 0 ? MOLT_ERROR : MOLT_NONE; }

/* `meth NAME SELF ARGS...` for list, tuple, dict, set/frozenset and slice receivers. */
static MoltValue container_method(const char *m, MoltValue self, MoltValue *x, int nx) {
    MoltValue o1 = nx > 0 ? x[0] : MOLT_NONE, o2 = nx > 1 ? x[1] : MOLT_NONE, o3 = nx > 2 ? x[2] : MOLT_NONE;
    if (molt_is_list(self)) {
        if (!strcmp(m, "append")) return none_or_error(molt_list_append(self, o1));
        if (!strcmp(m, "extend")) return none_or_error(molt_list_extend(self, o1));
        if (!strcmp(m, "insert")) return molt_list_insert(self, o1, o2);
        if (!strcmp(m, "pop")) return molt_list_pop(self, o1);
        if (!strcmp(m, "remove")) return molt_list_remove(self, o1);
        if (!strcmp(m, "index")) return molt_list_index(self, o1, o2, o3);
        if (!strcmp(m, "count")) return molt_list_count(self, o1);
        if (!strcmp(m, "reverse")) return molt_list_reverse(self);
        if (!strcmp(m, "copy")) return molt_list_copy(self);
        if (!strcmp(m, "clear")) return molt_list_clear(self);
    }
    if (molt_is_tuple(self)) {
        if (!strcmp(m, "count")) return molt_tuple_count(self, o1);
        if (!strcmp(m, "index")) return molt_tuple_index(self, o1, o2, o3);
    }
    if (molt_is_dict(self)) {
        if (!strcmp(m, "get")) return molt_dict_get(self, o1, o2);
        if (!strcmp(m, "setdefault")) return molt_dict_setdefault(self, o1, o2);
        if (!strcmp(m, "pop")) return molt_dict_pop(self, o1, nx > 1 ? o2 : MOLT_ERROR);
        if (!strcmp(m, "popitem")) return molt_dict_popitem(self);
        if (!strcmp(m, "update")) return none_or_error(molt_dict_update(self, o1));
        if (!strcmp(m, "copy")) return molt_dict_copy(self);
        if (!strcmp(m, "clear")) return molt_dict_clear(self);
        if (!strcmp(m, "keys")) return molt_dict_keys(self);
        if (!strcmp(m, "values")) return molt_dict_values(self);
        if (!strcmp(m, "items")) return molt_dict_items(self);
    }
    if (molt_is_anyset(self)) {
        if (!strcmp(m, "add")) return none_or_error(molt_set_add(self, o1));
        if (!strcmp(m, "discard")) return none_or_error(molt_set_discard(self, o1));
        if (!strcmp(m, "remove")) return molt_set_remove(self, o1);
        if (!strcmp(m, "pop")) return molt_set_pop(self);
        if (!strcmp(m, "clear")) return molt_set_clear(self);
        if (!strcmp(m, "copy")) return molt_set_copy(self);
        if (!strcmp(m, "update")) return none_or_error(molt_set_update(self, o1));
        if (!strcmp(m, "union")) return molt_set_union(self, o1);
        if (!strcmp(m, "intersection")) return molt_set_intersection(self, o1);
        if (!strcmp(m, "difference")) return molt_set_difference(self, o1);
        if (!strcmp(m, "symmetric_difference")) return molt_set_symmetric_difference(self, o1);
        if (!strcmp(m, "intersection_update")) return molt_set_intersection_update(self, o1);
        if (!strcmp(m, "difference_update")) return molt_set_difference_update(self, o1);
        if (!strcmp(m, "symmetric_difference_update")) return molt_set_symmetric_difference_update(self, o1);
        if (!strcmp(m, "issubset")) return molt_set_issubset(self, o1);
        if (!strcmp(m, "issuperset")) return molt_set_issuperset(self, o1);
        if (!strcmp(m, "isdisjoint")) return molt_set_isdisjoint(self, o1);
    }
    if (molt_is_slice(self) && !strcmp(m, "indices")) return molt_slice_indices_method(self, o1);
    return MOLT_NOTIMPLEMENTED;
}

static MoltValue run_containers(const char *op, MoltValue *a, int n) {
    if (strcmp(op, "list") == 0) return molt_list_from_array(a, n);
    if (strcmp(op, "set") == 0) return molt_set_from_array(a, n);
    if (strcmp(op, "frozenset") == 0) { /* frozenset(tuple of the arguments) */
        MoltValue t = molt_tuple_new(n);
        for (int i = 0; i < n; i++) molt_tuple_set(t, i, molt_incref(a[i]));
        MoltValue f = molt_frozenset_new(t);
        molt_decref(t);
        return f;
    }
    if (strcmp(op, "dict") == 0) return molt_dict_from_pairs(a, n / 2);
    if (strcmp(op, "mkslice") == 0) return molt_slice_new(a[0], a[1], a[2]);
    if (strcmp(op, "getslice") == 0) {
        MoltValue sl = molt_slice_new(a[1], a[2], a[3]);
        MoltValue r = molt_getitem(a[0], sl);
        molt_decref(sl);
        return r;
    }
    if (strcmp(op, "setitem") == 0) return none_or_error(molt_setitem(a[0], a[1], a[2]));
    if (strcmp(op, "delitem") == 0) return none_or_error(molt_delitem(a[0], a[1]));
    if (strcmp(op, "iter") == 0) { /* [v for v in iter(x)] through molt_iter/molt_next */
        MoltValue it = molt_iter(a[0]);
        if (it == MOLT_ERROR) return it;
        MoltValue l = molt_list_new(0);
        for (;;) {
            MoltValue x = molt_next(it);
            if (x == MOLT_EXHAUSTED) break;
            if (x == MOLT_ERROR) {
                molt_decref(l);
                l = MOLT_ERROR;
                break;
            }
            molt_list_append(l, x);
            molt_decref(x);
        }
        molt_decref(it);
        return l;
    }
    if (strcmp(op, "unpack") == 0) {
        int64_t k;
        molt_int_as_i64(a[1], &k);
        MoltValue out[3];
        if (molt_unpack_sequence(a[0], out, (size_t)k) < 0) return MOLT_ERROR;
        MoltValue t = molt_tuple_new(k);
        for (int64_t i = 0; i < k; i++) molt_tuple_set(t, i, out[i]);
        return t;
    }
    if (strcmp(op, "closure") == 0) { /* make_adder(x)(y) */
        MoltValue cell = molt_cell_new(a[0]);
        MoltValue cells = molt_tuple_new(1);
        molt_tuple_set(cells, 0, cell);
        MoltValue f = molt_function_new(&code_inner, MOLT_NONE, MOLT_NONE, cells);
        molt_decref(cells);
        MoltValue r = molt_call1(f, a[1]);
        molt_decref(f);
        return r;
    }
    if (strcmp(op, "ior") == 0 || strcmp(op, "iand") == 0 || strcmp(op, "isub") == 0 || strcmp(op, "ixor") == 0) {
        MoltValue r = op[1] == 'o' ? molt_set_ior(a[0], a[1]) : op[1] == 'a' ? molt_set_iand(a[0], a[1])
                    : op[1] == 's' ? molt_set_isub(a[0], a[1]) : molt_set_ixor(a[0], a[1]);
        if (r == MOLT_NOTIMPLEMENTED) {
            const char *sym = op[1] == 'o' ? "|=" : op[1] == 'a' ? "&=" : op[1] == 's' ? "-=" : "^=";
            molt_err_format(&MoltExc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", sym,
                            molt_type_of(a[0])->tp_name, molt_type_of(a[1])->tp_name);
            return MOLT_ERROR;
        }
        return r;
    }
    if (strcmp(op, "getattr") == 0) return molt_getattr(a[0], a[1]);
    if (strcmp(op, "setattr") == 0) return none_or_error(molt_setattr(a[0], a[1], a[2]));
    if (strcmp(op, "delattr") == 0) return none_or_error(molt_setattr(a[0], a[1], MOLT_ERROR));
    if (strcmp(op, "hasattr") == 0) {
        int k = molt_hasattr(a[0], a[1]);
        return k < 0 ? MOLT_ERROR : molt_from_bool(k);
    }
    if (strcmp(op, "mkclass") == 0) { /* mkclass NAME BASES...: a class with an empty body */
        MoltValue bases = molt_tuple_new(n - 1);
        for (int i = 1; i < n; i++) molt_tuple_set(bases, i - 1, molt_incref(a[i]));
        MoltValue ns = molt_dict_new();
        ns_put(ns, "__module__", molt_str_from_cstr("__main__"));
        ns_put(ns, "__qualname__", molt_incref(a[0]));
        MoltValue c = molt_make_class(molt_str_data(a[0]), bases, ns);
        molt_decref(bases);
        molt_decref(ns);
        return c;
    }
    if (strcmp(op, "catch") == 0) { /* catch EXC TYPE: raise EXC, report whether `except TYPE` matches */
        molt_err_set_raised(molt_incref(a[0]));
        bool m = molt_err_matches((MoltType *)molt_as_ptr(a[1]));
        molt_err_clear();
        return molt_from_bool(m);
    }
    if (strcmp(op, "iadd") == 0) return molt_inplace_add(a[0], a[1]);
    if (strcmp(op, "mcall") == 0) { /* mcall OBJ NAME ARGS...: getattr(OBJ, NAME)(ARGS...) */
        MoltValue m = molt_getattr(a[0], a[1]);
        if (m == MOLT_ERROR) return m;
        MoltValue args[64], kwnames;
        size_t np = split_kw(a, n, 2, args, &kwnames);
        MoltValue r = molt_call(m, args, np, kwnames);
        molt_decref(m);
        if (kwnames) molt_decref(kwnames);
        return r;
    }
    if (strcmp(op, "call") == 0 || strcmp(op, "bound") == 0) {
        bool bound = op[0] == 'b';
        MoltValue args[64], kwnames;
        size_t np = split_kw(a, n, bound ? 2 : 1, args, &kwnames);
        MoltValue f = bound ? molt_method_new(a[0], a[1]) : molt_incref(a[0]);
        MoltValue r = molt_call(f, args, np, kwnames);
        molt_decref(f);
        if (kwnames) molt_decref(kwnames);
        return r;
    }
    fprintf(stderr, "bad op: %s/%d\n", op, n);
    exit(2);
}

static MoltValue cmp(MoltValue a, MoltValue b, int op) { return molt_richcompare(a, b, op); }

static MoltValue run(const char *op, MoltValue *a, int n) {
#define BIN(name, fn) if (strcmp(op, name) == 0 && n == 2) return fn(a[0], a[1]);
#define UN(name, fn) if (strcmp(op, name) == 0 && n == 1) return fn(a[0]);
    BIN("add", molt_add) BIN("sub", molt_sub) BIN("mul", molt_mul) BIN("truediv", molt_truediv)
    BIN("floordiv", molt_floordiv) BIN("mod", molt_mod) BIN("divmod", molt_divmod)
    BIN("lshift", molt_lshift) BIN("rshift", molt_rshift) BIN("and", molt_and) BIN("or", molt_or)
    BIN("xor", molt_xor) UN("neg", molt_neg) UN("pos", molt_pos) UN("invert", molt_invert) UN("abs", molt_abs)
    UN("str", molt_str) UN("repr", molt_repr)
    if (strcmp(op, "pow") == 0) return molt_pow(a[0], a[1], n == 3 ? a[2] : MOLT_NONE);
    if (strcmp(op, "lt") == 0) return cmp(a[0], a[1], MOLT_LT);
    if (strcmp(op, "le") == 0) return cmp(a[0], a[1], MOLT_LE);
    if (strcmp(op, "eq") == 0) return cmp(a[0], a[1], MOLT_EQ);
    if (strcmp(op, "ne") == 0) return cmp(a[0], a[1], MOLT_NE);
    if (strcmp(op, "gt") == 0) return cmp(a[0], a[1], MOLT_GT);
    if (strcmp(op, "ge") == 0) return cmp(a[0], a[1], MOLT_GE);
    if (strcmp(op, "hash") == 0) {
        MoltHash h = molt_hash(a[0]);
        return h == -1 && molt_err_occurred() ? MOLT_ERROR : molt_int_from_i64(h);
    }
    if (strcmp(op, "truth") == 0) {
        int t = molt_is_true(a[0]);
        return t < 0 ? MOLT_ERROR : molt_from_bool(t);
    }
    if (strcmp(op, "len") == 0) {
        int64_t k = molt_len(a[0]);
        return k < 0 ? MOLT_ERROR : molt_int_from_i64(k);
    }
    if (strcmp(op, "getitem") == 0) return molt_getitem(a[0], a[1]);
    if (strcmp(op, "slice") == 0) return molt_str_slice(a[0], a[1], a[2], a[3]);
    if (strcmp(op, "contains") == 0) { /* a[0] in a[1] */
        int k = molt_contains(a[1], a[0]);
        return k < 0 ? MOLT_ERROR : molt_from_bool(k);
    }
    if (strcmp(op, "int_parse") == 0) {
        int64_t base = 10;
        if (n == 2) molt_int_as_i64(a[1], &base);
        return molt_int_from_string(a[0], (int)base);
    }
    if (strcmp(op, "meth") == 0) { /* meth NAME SELF ARGS...: absent optional arguments are MOLT_NONE */
        const char *m = molt_str_data(a[0]);
        if (strcmp(m, "format") == 0) {
            MoltValue args[64], kwnames;
            size_t np = split_kw(a, n, 2, args, &kwnames);
            MoltValue r = molt_str_format(a[1], args, np, kwnames);
            if (kwnames) molt_decref(kwnames);
            return r;
        }
        if (strcmp(m, "sort") == 0) {
            MoltValue args[8], kwnames;
            split_kw(a, n, 2, args, &kwnames);
            MoltValue key = MOLT_NONE;
            bool rev = false;
            for (int64_t i = 0; kwnames && i < molt_tuple_size(kwnames); i++) {
                if (strcmp(molt_str_data(molt_tuple_get(kwnames, i)), "key") == 0) key = args[i];
                else rev = molt_is_true(args[i]);
            }
            if (kwnames) molt_decref(kwnames);
            return molt_list_sort(a[1], key, rev);
        }
        if (!molt_is_str(a[1])) {
            MoltValue r = container_method(m, a[1], a + 2, n - 2);
            if (r != MOLT_NOTIMPLEMENTED) return r;
            fprintf(stderr, "bad method: %s\n", m);
            exit(2);
        }
        MoltValue x[4] = {MOLT_NONE, MOLT_NONE, MOLT_NONE, MOLT_NONE};
        for (int i = 2; i < n && i < 6; i++) x[i - 2] = a[i];
        MoltValue self = a[1];
#define M4(name, fn) if (strcmp(m, name) == 0) return fn(self, x[0], x[1], x[2]);
        M4("find", molt_str_find) M4("rfind", molt_str_rfind) M4("index", molt_str_index)
        M4("rindex", molt_str_rindex) M4("count", molt_str_count) M4("startswith", molt_str_startswith)
        M4("endswith", molt_str_endswith)
#undef M4
        if (strcmp(m, "replace") == 0) {
            int64_t c = -1;
            if (n > 4 && molt_int_as_i64(x[2], &c) < 0) return MOLT_ERROR;
            return molt_str_replace(self, x[0], x[1], c);
        }
#define M1(name) if (strcmp(m, #name) == 0) return molt_str_##name(self);
        M1(upper) M1(lower) M1(casefold) M1(swapcase) M1(capitalize) M1(title) M1(isalpha) M1(isdigit)
        M1(isdecimal) M1(isnumeric) M1(isalnum) M1(isspace) M1(islower) M1(isupper) M1(istitle) M1(isascii)
        M1(isidentifier)
        M1(isprintable)
#undef M1
        if (strcmp(m, "strip") == 0) return molt_str_strip(self, x[0]);
        if (strcmp(m, "lstrip") == 0) return molt_str_lstrip(self, x[0]);
        if (strcmp(m, "rstrip") == 0) return molt_str_rstrip(self, x[0]);
        if (strcmp(m, "partition") == 0) return molt_str_partition(self, x[0]);
        if (strcmp(m, "rpartition") == 0) return molt_str_rpartition(self, x[0]);
        if (strcmp(m, "center") == 0) return molt_str_center(self, x[0], x[1]);
        if (strcmp(m, "ljust") == 0) return molt_str_ljust(self, x[0], x[1]);
        if (strcmp(m, "rjust") == 0) return molt_str_rjust(self, x[0], x[1]);
        if (strcmp(m, "zfill") == 0) return molt_str_zfill(self, x[0]);
        if (strcmp(m, "split") == 0) return molt_str_split(self, x[0], x[1]);
        if (strcmp(m, "rsplit") == 0) return molt_str_rsplit(self, x[0], x[1]);
        if (strcmp(m, "splitlines") == 0) return molt_str_splitlines(self, x[0]);
        if (strcmp(m, "join") == 0) return molt_str_join(self, x[0]);
        fprintf(stderr, "bad method: %s\n", m);
        exit(2);
    }
    if (strcmp(op, "format") == 0) return molt_format(a[0], a[1]);
    if (strcmp(op, "float_parse") == 0) return molt_float_from_string(a[0]);
    if (strcmp(op, "int_of") == 0) {
        if (molt_is_double(a[0])) return molt_int_from_double(molt_as_double(a[0]));
        return molt_incref(a[0]);
    }
    if (strcmp(op, "float_of") == 0) {
        double d;
        int k = molt_number_as_double(a[0], &d);
        return k < 0 ? MOLT_ERROR : molt_from_double(d);
    }
    if (strcmp(op, "round") == 0) {
        if (molt_is_intlike(a[0])) return molt_int_round(a[0], n == 2 ? a[1] : MOLT_NONE);
        return molt_float_round(molt_as_double(a[0]), n == 2 ? a[1] : MOLT_NONE);
    }
    if (strcmp(op, "print") == 0) { /* print SEP END ARGS... */
        return molt_print(a + 2, (size_t)(n - 2), a[0], a[1]) < 0 ? MOLT_ERROR : MOLT_NONE;
    }
    if (strcmp(op, "exc") == 0 || strcmp(op, "excstr") == 0) { /* exc TYPE ARGS... */
        MoltValue args = molt_tuple_new(n - 1);
        for (int i = 1; i < n; i++) molt_tuple_set(args, i - 1, molt_incref(a[i]));
        MoltValue e = molt_exc_new((MoltType *)molt_as_ptr(a[0]), args);
        molt_decref(args);
        if (op[3] == '\0') return e;
        MoltValue s = molt_str(e);
        molt_decref(e);
        return s;
    }
    if (strcmp(op, "raise") == 0) { /* raise TYPE MSG: set, then report through the error path */
        molt_err_set_object((MoltType *)molt_as_ptr(a[0]), a[1]);
        return MOLT_ERROR;
    }
    if (strcmp(op, "issubclass") == 0)
        return molt_from_bool(molt_type_is_subtype((MoltType *)molt_as_ptr(a[0]), (MoltType *)molt_as_ptr(a[1])));
    if (strcmp(op, "matches") == 0) { /* raise a[0](), then ask molt_err_matches(a[1]) */
        molt_err_set((MoltType *)molt_as_ptr(a[0]), "x");
        bool m = molt_err_matches((MoltType *)molt_as_ptr(a[1]));
        MoltValue e = molt_err_fetch();
        molt_err_restore(e);
        bool still = molt_err_occurred() != NULL;
        molt_err_clear();
        return molt_from_bool(m && still);
    }
    if (strcmp(op, "mro") == 0) {
        MoltValue mro = molt_type_mro((MoltType *)molt_as_ptr(a[0]));
        return mro == MOLT_ERROR ? MOLT_ERROR : molt_incref(mro);
    }
    if (strcmp(op, "tuplehash") == 0) {
        MoltValue t = molt_tuple_new(n);
        for (int i = 0; i < n; i++) molt_tuple_set(t, i, molt_incref(a[i]));
        MoltHash h = molt_hash(t);
        molt_decref(t);
        return h == -1 ? MOLT_ERROR : molt_int_from_i64(h);
    }
    if (strcmp(op, "tuple") == 0) {
        MoltValue t = molt_tuple_new(n);
        for (int i = 0; i < n; i++) molt_tuple_set(t, i, molt_incref(a[i]));
        return t;
    }
    return run_containers(op, a, n);
}

static void report(MoltValue r) {
    if (r == MOLT_ERROR) {
        MoltValue e = molt_err_fetch();
        MoltValue s = molt_str(e);
        molt_stdout_write("EXC ", 4);
        const char *name = molt_as_ptr(e)->type->tp_name;
        molt_stdout_write(name, strlen(name));
        molt_stdout_write(": ", 2);
        molt_stdout_write(molt_str_data(s), (size_t)molt_str_size(s));
        molt_stdout_write("\n", 1);
        molt_decref(s);
        molt_decref(e);
        return;
    }
    MoltValue s = molt_repr(r);
    molt_stdout_write(molt_str_data(s), (size_t)molt_str_size(s));
    molt_stdout_write("\n", 1);
    molt_decref(s);
    molt_decref(r);
}

int main(void) {
    if (molt_runtime_init() < 0) return 1;
    for (int i = 0; i < 16; i++) regs[i] = MOLT_NONE;
    static char line[1 << 20];
    while (fgets(line, sizeof line, stdin)) {
        size_t len = strlen(line);
        while (len && (line[len - 1] == '\n' || line[len - 1] == '\r')) line[--len] = '\0';
        if (!len) continue;
        
        char *op = strtok(line, " ");
        int reg = -1;
        bool quiet = strcmp(op, ":") == 0;
        if (strcmp(op, "=") == 0 || quiet) {
            reg = atoi(strtok(NULL, " "));
            op = strtok(NULL, " ");
        }
        MoltValue args[64];
        int n = 0;
        for (char *tok; (tok = strtok(NULL, " ")) && n < 64;) {
            is_kw[n] = strncmp(tok, "w:", 2) == 0;
            args[n] = parse_arg(tok);
            if (args[n] == MOLT_ERROR) {
                molt_err_print();
                return 2;
            }
            n++;
        }
        MoltValue r = run(op, args, n);
        if (reg >= 0 && r != MOLT_ERROR) {
            molt_decref(regs[reg]);
            regs[reg] = molt_incref(r);
        }
        if (quiet && r != MOLT_ERROR) {
            molt_decref(r);
            r = molt_str_from_cstr("ok");
            molt_stdout_write("ok\n", 3);
            molt_decref(r);
        } else {
            report(r);
        }
        for (int i = 0; i < n; i++) molt_decref(args[i]);
    }
    for (int i = 0; i < 16; i++) molt_decref(regs[i]);
    if (rec_function) molt_decref(rec_function);
    molt_runtime_fini();
    int64_t live = molt_live_objects();
    if (live != 0) {
        fprintf(stderr, "LEAK: %lld heap objects still alive\n", (long long)live);
        return 3;
    }
    return 0;
}
