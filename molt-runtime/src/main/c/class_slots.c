/*
 * class_slots.c — the slots of Molt classes: each looks the matching dunder
 * up on the instance's type (MRO) and calls it, else falls back to the
 * nearest builtin base's behaviour. Also the in-place operators.
 *
 * Source followed: CPython 3.11 Objects/typeobject.c (slot_tp_repr, slot_tp_hash,
 * slot_tp_richcompare, SLOT1BINFULL for binary operators with reflection,
 * slot_nb_bool, slot_sq_contains, slot_tp_iter), Objects/abstract.c
 * (binary_iop1 for the in-place operators), Objects/typeobject.c object_richcompare
 * (__ne__ inverts __eq__).
 */
#include "molt/fmt.h"
#include "molt/molt.h"

#include <stdlib.h>
#include <string.h>

/* ---- cached dunder names ---------------------------------------------------------------- */

static struct Interned {
    const char *name;
    MoltValue str;
} *dunders;
static int n_dunders, cap_dunders;

MoltValue molt_dunder(const char *name) {
    for (int i = 0; i < n_dunders; i++)
        if (dunders[i].name == name || strcmp(molt_str_data(dunders[i].str), name) == 0) return dunders[i].str;
    if (n_dunders == cap_dunders) {
        int cap = cap_dunders ? cap_dunders * 2 : 64;
        struct Interned *d = realloc(dunders, (size_t)cap * sizeof *d);
        if (!d) return molt_err_nomemory();
        dunders = d;
        cap_dunders = cap;
    }
    MoltValue s = molt_str_from_cstr(name);
    if (s == MOLT_ERROR) return s;
    dunders[n_dunders].name = name;
    dunders[n_dunders].str = s;
    n_dunders++;
    return s;
}

void molt_dunders_fini(void) {
    for (int i = 0; i < n_dunders; i++) molt_decref(dunders[i].str);
    free(dunders);
    dunders = NULL;
    n_dunders = cap_dunders = 0;
}

/* The dunder on type(v), or MOLT_ERROR (not found, no exception). */
static MoltValue find(MoltValue v, const char *name) { return molt_type_lookup(molt_type_of(v), molt_dunder(name)); }

static MoltType *builtin_base(MoltType *t) {
    while (t->tp_flags & MOLT_TPFLAG_HEAPTYPE) t = t->tp_base;
    return t;
}

/* Calls the dunder d found on type(self) as d.__get__(self, type)(*args): functions get self,
 * staticmethods nothing, classmethods the type; other callables are not descriptors (no self). */
static MoltValue call_dunder(MoltValue d, MoltValue self, const MoltValue *args, size_t nargs) {
    MoltValue all[4];
    MoltType *dt = molt_type_of(d);
    size_t k = 0;
    if (dt == &MoltFunction_Type) all[k++] = self;
    else if (dt == &MoltClassMethod_Type) all[k++] = molt_from_ptr(molt_type_of(self));
    if (dt == &MoltStaticMethod_Type || dt == &MoltClassMethod_Type) d = molt_wrapped_callable(d);
    for (size_t i = 0; i < nargs && i < 3; i++) all[k++] = args[i];
    return molt_call(d, all, k, 0);
}

static MoltValue call0(MoltValue self, const char *name, MoltValue *found) {
    MoltValue d = find(self, name);
    *found = d;
    if (d == MOLT_ERROR) return MOLT_ERROR;
    return call_dunder(d, self, NULL, 0);
}

/* ---- repr / str / hash ------------------------------------------------------------------------ */

static MoltValue default_repr(MoltValue v) {
    MoltType *t = molt_type_of(v);
    MoltType *b = builtin_base(t);
    if (b != &MoltBaseObject_Type && b->tp_repr) return b->tp_repr(v);
    MoltValue mod = molt_type_lookup(t, molt_dunder("__module__"));
    MoltValue qual = molt_type_lookup(t, molt_dunder("__qualname__"));
    char addr[40];
    molt_snprintf(addr, sizeof addr, " object at %#llx>", (unsigned long long)(v & MOLT_PAYLOAD_MASK));
    MoltStrBuf sb;
    molt_strbuf_init(&sb);
    molt_strbuf_append_char(&sb, '<');
    if (mod != MOLT_ERROR && molt_is_str(mod) && strcmp(molt_str_data(mod), "builtins") != 0) {
        molt_strbuf_append_str(&sb, mod);
        molt_strbuf_append_char(&sb, '.');
    }
    if (qual != MOLT_ERROR && molt_is_str(qual)) molt_strbuf_append_str(&sb, qual);
    else molt_strbuf_append_cstr(&sb, t->tp_name);
    molt_strbuf_append_cstr(&sb, addr);
    return molt_strbuf_finish(&sb);
}

static MoltValue check_str_result(MoltValue r, const char *what) {
    if (r == MOLT_ERROR || molt_is_str(r)) return r;
    molt_err_format(&MoltExc_TypeError, "%s returned non-string (type %s)", what, molt_type_of(r)->tp_name);
    molt_decref(r);
    return MOLT_ERROR;
}

static MoltValue heap_repr(MoltValue v) {
    MoltValue d;
    MoltValue r = call0(v, "__repr__", &d);
    if (d == MOLT_ERROR) return default_repr(v);
    return check_str_result(r, "__repr__");
}

static MoltValue heap_str(MoltValue v) {
    MoltValue d;
    MoltValue r = call0(v, "__str__", &d);
    if (d != MOLT_ERROR) return check_str_result(r, "__str__");
    MoltType *b = builtin_base(molt_type_of(v));
    if (b->tp_str && find(v, "__repr__") == MOLT_ERROR) return b->tp_str(v);
    return heap_repr(v);
}

static MoltHash heap_hash(MoltValue v) {
    MoltValue d = find(v, "__hash__");
    if (d == MOLT_NONE) {
        molt_err_format(&MoltExc_TypeError, "unhashable type: '%s'", molt_type_of(v)->tp_name);
        return -1;
    }
    if (d == MOLT_ERROR) {
        MoltType *b = builtin_base(molt_type_of(v));
        return b->tp_hash ? b->tp_hash(v) : molt_identity_hash(v);
    }
    MoltValue r = call_dunder(d, v, NULL, 0);
    if (r == MOLT_ERROR) return -1;
    if (!molt_is_intlike(r)) {
        molt_decref(r);
        molt_err_set(&MoltExc_TypeError, "__hash__ method should return an integer");
        return -1;
    }
    MoltHash h = molt_hash(r); /* reduce big ints as CPython does */
    molt_decref(r);
    return h;
}

/* ---- comparison -------------------------------------------------------------------------------- */

static const char *const cmp_names[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

static MoltValue heap_richcompare(MoltValue v, MoltValue w, int op) {
    MoltValue d = find(v, cmp_names[op]);
    if (d != MOLT_ERROR && d != MOLT_NONE) return call_dunder(d, v, &w, 1);
    if (op == MOLT_NE) { /* object.__ne__: the inverse of __eq__ unless NotImplemented */
        MoltValue e = find(v, "__eq__");
        if (e == MOLT_ERROR) return MOLT_NOTIMPLEMENTED;
        MoltValue r = call_dunder(e, v, &w, 1);
        if (r == MOLT_ERROR || r == MOLT_NOTIMPLEMENTED) return r;
        int t = molt_is_true(r);
        molt_decref(r);
        return t < 0 ? MOLT_ERROR : molt_from_bool(!t);
    }
    MoltType *b = builtin_base(molt_type_of(v));
    if (b->tp_richcompare) return b->tp_richcompare(v, w, op);
    return MOLT_NOTIMPLEMENTED;
}

/* ---- containers, iteration, call, truth ------------------------------------------------------------ */

static int64_t heap_len(MoltValue v) {
    MoltValue d;
    MoltValue r = call0(v, "__len__", &d);
    if (d == MOLT_ERROR) {
        molt_err_format(&MoltExc_TypeError, "object of type '%s' has no len()", molt_type_of(v)->tp_name);
        return -1;
    }
    if (r == MOLT_ERROR) return -1;
    if (!molt_is_intlike(r)) {
        molt_err_format(&MoltExc_TypeError, "'%s' object cannot be interpreted as an integer",
                        molt_type_of(r)->tp_name);
        molt_decref(r);
        return -1;
    }
    int64_t n;
    int rc = molt_int_as_i64(r, &n);
    molt_decref(r);
    if (rc < 0) return -1;
    if (n < 0) {
        molt_err_set(&MoltExc_ValueError, "__len__() should return >= 0");
        return -1;
    }
    return n;
}

static int heap_bool(MoltValue v) {
    MoltValue d;
    MoltValue r = call0(v, "__bool__", &d);
    if (d == MOLT_ERROR) {
        if (find(v, "__len__") == MOLT_ERROR) return 1;
        int64_t n = heap_len(v);
        return n < 0 ? -1 : n > 0;
    }
    if (r == MOLT_ERROR) return -1;
    if (!molt_is_bool(r)) {
        molt_err_format(&MoltExc_TypeError, "__bool__ should return bool, returned %s", molt_type_of(r)->tp_name);
        molt_decref(r);
        return -1;
    }
    return molt_as_bool(r);
}

static MoltValue heap_getitem(MoltValue v, MoltValue key) {
    MoltValue d = find(v, "__getitem__");
    if (d == MOLT_ERROR) {
        molt_err_format(&MoltExc_TypeError, "'%s' object is not subscriptable", molt_type_of(v)->tp_name);
        return MOLT_ERROR;
    }
    return call_dunder(d, v, &key, 1);
}

static int heap_setitem(MoltValue v, MoltValue key, MoltValue value) {
    MoltValue d = find(v, value == MOLT_ERROR ? "__delitem__" : "__setitem__");
    if (d == MOLT_ERROR) {
        molt_err_format(&MoltExc_TypeError, value == MOLT_ERROR ? "'%s' object does not support item deletion"
                                                                : "'%s' object does not support item assignment",
                        molt_type_of(v)->tp_name);
        return -1;
    }
    MoltValue args[2] = {key, value};
    MoltValue r = call_dunder(d, v, args, value == MOLT_ERROR ? 1 : 2);
    if (r == MOLT_ERROR) return -1;
    molt_decref(r);
    return 0;
}

static MoltValue heap_iter(MoltValue v) {
    MoltValue d;
    MoltValue r = call0(v, "__iter__", &d);
    if (d != MOLT_ERROR) return r;
    if (find(v, "__getitem__") != MOLT_ERROR) return molt_seqiter_new(v); /* the old sequence protocol */
    molt_err_format(&MoltExc_TypeError, "'%s' object is not iterable", molt_type_of(v)->tp_name);
    return MOLT_ERROR;
}

static MoltValue heap_next(MoltValue v) {
    MoltValue d;
    MoltValue r = call0(v, "__next__", &d);
    if (d == MOLT_ERROR) {
        molt_err_format(&MoltExc_TypeError, "'%s' object is not an iterator", molt_type_of(v)->tp_name);
        return MOLT_ERROR;
    }
    return r; /* StopIteration is turned into MOLT_EXHAUSTED by molt_next */
}

static int heap_contains(MoltValue v, MoltValue x) {
    MoltValue d = find(v, "__contains__");
    if (d != MOLT_ERROR) {
        MoltValue r = call_dunder(d, v, &x, 1);
        if (r == MOLT_ERROR) return -1;
        int t = molt_is_true(r);
        molt_decref(r);
        return t;
    }
    MoltValue it = molt_iter(v);
    if (it == MOLT_ERROR) return -1;
    for (;;) {
        MoltValue y = molt_next(it);
        if (y == MOLT_EXHAUSTED) break;
        int k = y == MOLT_ERROR ? -1 : molt_richcompare_bool(y, x, MOLT_EQ);
        molt_xdecref(y);
        if (k != 0) {
            molt_decref(it);
            return k;
        }
    }
    molt_decref(it);
    return 0;
}

static MoltValue heap_call(MoltValue v, const MoltValue *args, size_t nargs, MoltValue kw) {
    MoltValue d = find(v, "__call__");
    if (d == MOLT_ERROR) {
        molt_err_format(&MoltExc_TypeError, "'%s' object is not callable", molt_type_of(v)->tp_name);
        return MOLT_ERROR;
    }
    MoltValue m = molt_method_new(d, v);
    if (m == MOLT_ERROR) return m;
    MoltValue r = molt_call(m, args, nargs, kw);
    molt_decref(m);
    return r;
}

/* ---- numbers ------------------------------------------------------------------------------------------ */

/* SLOT1BINFULL: v.__op__(w), with w.__rop__(v) first when type(w) is a proper subclass overriding it. */
static MoltValue binary_dunder(MoltValue v, MoltValue w, const char *op, const char *rop, molt_binaryfunc self_slot,
                               size_t slot_offset) {
    MoltType *tv = molt_type_of(v), *tw = molt_type_of(w);
    bool v_is = tv->tp_as_number &&
                *(const molt_binaryfunc *)((const char *)tv->tp_as_number + slot_offset) == self_slot;
    bool do_other = tv != tw && tw->tp_as_number &&
                    *(const molt_binaryfunc *)((const char *)tw->tp_as_number + slot_offset) == self_slot;
    if (v_is) {
        MoltValue d = find(v, op);
        if (do_other && molt_type_is_subtype(tw, tv)) {
            MoltValue rd = find(w, rop);
            if (rd != MOLT_ERROR && rd != molt_type_lookup(tv, molt_dunder(rop))) {
                MoltValue r = call_dunder(rd, w, &v, 1);
                if (r != MOLT_NOTIMPLEMENTED) return r;
                do_other = false;
            }
        }
        if (d != MOLT_ERROR) {
            MoltValue r = call_dunder(d, v, &w, 1);
            if (r != MOLT_NOTIMPLEMENTED || tv == tw) return r;
        }
    }
    if (do_other) {
        MoltValue rd = find(w, rop);
        if (rd != MOLT_ERROR) return call_dunder(rd, w, &v, 1);
    }
    return MOLT_NOTIMPLEMENTED;
}

#define BINSLOT(fname, slot, op, rop)                                                                    \
    static MoltValue fname(MoltValue v, MoltValue w) {                                                   \
        return binary_dunder(v, w, op, rop, fname, offsetof(MoltNumberMethods, slot));                    \
    }
BINSLOT(heap_add, nb_add, "__add__", "__radd__")
BINSLOT(heap_sub, nb_subtract, "__sub__", "__rsub__")
BINSLOT(heap_mul, nb_multiply, "__mul__", "__rmul__")
BINSLOT(heap_mod, nb_remainder, "__mod__", "__rmod__")
BINSLOT(heap_divmod, nb_divmod, "__divmod__", "__rdivmod__")
BINSLOT(heap_lshift, nb_lshift, "__lshift__", "__rlshift__")
BINSLOT(heap_rshift, nb_rshift, "__rshift__", "__rrshift__")
BINSLOT(heap_and, nb_and, "__and__", "__rand__")
BINSLOT(heap_xor, nb_xor, "__xor__", "__rxor__")
BINSLOT(heap_or, nb_or, "__or__", "__ror__")
BINSLOT(heap_floordiv, nb_floor_divide, "__floordiv__", "__rfloordiv__")
BINSLOT(heap_truediv, nb_true_divide, "__truediv__", "__rtruediv__")

static MoltValue heap_pow(MoltValue v, MoltValue w, MoltValue z) {
    if (z != MOLT_NONE) {
        MoltValue d = find(v, "__pow__");
        if (d == MOLT_ERROR) return MOLT_NOTIMPLEMENTED;
        MoltValue args[2] = {w, z};
        return call_dunder(d, v, args, 2);
    }
    MoltType *tv = molt_type_of(v), *tw = molt_type_of(w);
    if (tv->tp_as_number && tv->tp_as_number->nb_power == heap_pow) {
        MoltValue d = find(v, "__pow__");
        if (d != MOLT_ERROR) {
            MoltValue r = call_dunder(d, v, &w, 1);
            if (r != MOLT_NOTIMPLEMENTED) return r;
        }
    }
    if (tv != tw && tw->tp_as_number && tw->tp_as_number->nb_power == heap_pow) {
        MoltValue d = find(w, "__rpow__");
        if (d != MOLT_ERROR) return call_dunder(d, w, &v, 1);
    }
    return MOLT_NOTIMPLEMENTED;
}

#define UNSLOT(fname, name, opname)                                                                      \
    static MoltValue fname(MoltValue v) {                                                                \
        MoltValue d;                                                                                     \
        MoltValue r = call0(v, name, &d);                                                                \
        if (d != MOLT_ERROR) return r;                                                                   \
        molt_err_format(&MoltExc_TypeError, "bad operand type for %s: '%s'", opname,                     \
                        molt_type_of(v)->tp_name);                                                       \
        return MOLT_ERROR;                                                                               \
    }
UNSLOT(heap_neg, "__neg__", "unary -")
UNSLOT(heap_pos, "__pos__", "unary +")
UNSLOT(heap_abs, "__abs__", "abs()")
UNSLOT(heap_invert, "__invert__", "unary ~")

static const MoltNumberMethods heap_as_number = {
    .nb_add = heap_add, .nb_subtract = heap_sub, .nb_multiply = heap_mul, .nb_remainder = heap_mod,
    .nb_divmod = heap_divmod, .nb_power = heap_pow, .nb_negative = heap_neg, .nb_positive = heap_pos,
    .nb_absolute = heap_abs, .nb_bool = heap_bool, .nb_invert = heap_invert, .nb_lshift = heap_lshift,
    .nb_rshift = heap_rshift, .nb_and = heap_and, .nb_xor = heap_xor, .nb_or = heap_or,
    .nb_floor_divide = heap_floordiv, .nb_true_divide = heap_truediv,
};
static const MoltSequenceMethods heap_as_sequence = {.sq_length = heap_len, .sq_contains = heap_contains};
static const MoltMappingMethods heap_as_mapping = {
    .mp_length = heap_len, .mp_subscript = heap_getitem, .mp_ass_subscript = heap_setitem,
};

void molt_class_install_slots(MoltType *t) {
    t->tp_repr = heap_repr;
    t->tp_str = heap_str;
    t->tp_hash = heap_hash;
    t->tp_richcompare = heap_richcompare;
    t->tp_as_number = &heap_as_number;
    t->tp_as_sequence = &heap_as_sequence;
    t->tp_as_mapping = &heap_as_mapping;
    t->tp_iter = heap_iter;
    t->tp_iternext = heap_next;
    t->tp_call = heap_call;
}

/* ---- in-place operators ----------------------------------------------------------------------------- */

static MoltValue inplace(MoltValue v, MoltValue w, const char *iname, molt_binaryfunc fallback) {
    MoltType *tv = molt_type_of(v);
    if (tv->tp_flags & MOLT_TPFLAG_HEAPTYPE) {
        MoltValue d = find(v, iname);
        if (d != MOLT_ERROR) {
            MoltValue r = call_dunder(d, v, &w, 1);
            if (r != MOLT_NOTIMPLEMENTED) return r;
        }
    }
    return fallback(v, w);
}

MoltValue molt_inplace_add(MoltValue v, MoltValue w) {
    if (molt_is_list(v)) { /* list.__iadd__ extends with any iterable */
        return molt_list_extend(v, w) < 0 ? MOLT_ERROR : molt_incref(v);
    }
    return inplace(v, w, "__iadd__", molt_add);
}
MoltValue molt_inplace_sub(MoltValue v, MoltValue w) {
    if (molt_type_of(v) == &MoltSet_Type && molt_is_anyset(w)) return molt_set_isub(v, w);
    return inplace(v, w, "__isub__", molt_sub);
}
MoltValue molt_inplace_mul(MoltValue v, MoltValue w) {
    if (molt_is_list(v) && molt_is_intlike(w)) {
        MoltValue r = molt_mul(v, w);
        if (r == MOLT_ERROR) return r;
        molt_list_clear(v);
        int rc = molt_list_extend(v, r);
        molt_decref(r);
        return rc < 0 ? MOLT_ERROR : molt_incref(v);
    }
    return inplace(v, w, "__imul__", molt_mul);
}
MoltValue molt_inplace_or(MoltValue v, MoltValue w) {
    if (molt_type_of(v) == &MoltSet_Type && molt_is_anyset(w)) return molt_set_ior(v, w);
    if (molt_type_of(v) == &MoltDict_Type && molt_is_dict(w))
        return molt_dict_update(v, w) < 0 ? MOLT_ERROR : molt_incref(v);
    return inplace(v, w, "__ior__", molt_or);
}
MoltValue molt_inplace_and(MoltValue v, MoltValue w) {
    if (molt_type_of(v) == &MoltSet_Type && molt_is_anyset(w)) return molt_set_iand(v, w);
    return inplace(v, w, "__iand__", molt_and);
}
MoltValue molt_inplace_xor(MoltValue v, MoltValue w) {
    if (molt_type_of(v) == &MoltSet_Type && molt_is_anyset(w)) return molt_set_ixor(v, w);
    return inplace(v, w, "__ixor__", molt_xor);
}
