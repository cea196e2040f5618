/*
 * object.c — the base types (type, object, NoneType, NotImplementedType) and
 * the generic object protocol: repr/str/hash/compare/truth, binary and unary
 * number dispatch, len/getitem/contains, allocation.
 *
 * Source followed: CPython 3.12 Objects/object.c (PyObject_Repr, do_richcompare),
 * Objects/abstract.c (binary_op1, PyNumber_Add/Multiply sequence fallbacks).
 */
#include "molt/molt.h"
#include "ptrlist.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int64_t live_objects;

int64_t molt_live_objects(void) { return live_objects; }

void *molt_alloc_object(MoltType *t, size_t size) {
    MoltObject *o = malloc(size);
    if (!o) {
        molt_err_nomemory();
        return NULL;
    }
    o->refcnt = 1;
    o->type = t;
    live_objects++;
    return o;
}

void molt_free_object(MoltObject *o) {
    live_objects--;
    free(o);
}

/* Free lists of molt_alloc_fixed: size class k holds blocks of (k + 1) * 16 bytes, linked through their first
 * word. Off under AddressSanitizer (its quarantine finds use-after-free only for blocks really freed). */
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MOLT_NO_FREE_LISTS 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define MOLT_NO_FREE_LISTS 1
#endif
#define MOLT_FREE_LIST_CLASSES 8
#define MOLT_FREE_LIST_MAX 256
static void *free_list[MOLT_FREE_LIST_CLASSES];
static int free_list_len[MOLT_FREE_LIST_CLASSES];

void *molt_alloc_fixed(MoltType *t) {
    size_t size = t->tp_basicsize, k = (size + 15) / 16 - 1;
#ifndef MOLT_NO_FREE_LISTS
    if (k < MOLT_FREE_LIST_CLASSES) {
        MoltObject *o = free_list[k];
        if (o != NULL) {
            free_list[k] = *(void **)o;
            free_list_len[k]--;
            o->refcnt = 1;
            o->type = t;
            live_objects++;
            return o;
        }
        size = (k + 1) * 16;
    }
#else
    (void)k;
#endif
    return molt_alloc_object(t, size);
}

void molt_free_fixed(MoltObject *o) {
#ifndef MOLT_NO_FREE_LISTS
    size_t k = (o->type->tp_basicsize + 15) / 16 - 1;
    if (k < MOLT_FREE_LIST_CLASSES && free_list_len[k] < MOLT_FREE_LIST_MAX) {
        *(void **)o = free_list[k];
        free_list[k] = o;
        free_list_len[k]++;
        live_objects--;
        return;
    }
#endif
    molt_free_object(o);
}

void molt_free_lists_clear(void) {
    for (int k = 0; k < MOLT_FREE_LIST_CLASSES; k++) {
        while (free_list[k] != NULL) {
            void *next = *(void **)free_list[k];
            free(free_list[k]);
            free_list[k] = next;
        }
        free_list_len[k] = 0;
    }
}

void molt_dealloc(MoltObject *o) {
    MoltType *t = o->type;
    if (t->tp_dealloc) t->tp_dealloc(o);
    else molt_free_object(o);
}

/* ---- type objects --------------------------------------------------------- */

static MoltValue type_repr(MoltValue v) {
    MoltType *t = (MoltType *)molt_as_ptr(v);
    MoltStrBuf b;
    molt_strbuf_init(&b);
    molt_strbuf_append_cstr(&b, "<class '");
    if (t->tp_flags & MOLT_TPFLAG_HEAPTYPE) { /* __module__.__qualname__ */
        MoltValue mod = molt_dict_lookup_cstr(t->tp_dict, "__module__");
        MoltValue qual = molt_dict_lookup_cstr(t->tp_dict, "__qualname__");
        molt_err_clear();
        if (mod != MOLT_ERROR && molt_is_str(mod) && strcmp(molt_str_data(mod), "builtins") != 0) {
            molt_strbuf_append_str(&b, mod);
            molt_strbuf_append_char(&b, '.');
        }
        if (qual != MOLT_ERROR && molt_is_str(qual)) {
            molt_strbuf_append_str(&b, qual);
            molt_strbuf_append_cstr(&b, "'>");
            return molt_strbuf_finish(&b);
        }
    }
    molt_strbuf_append_cstr(&b, t->tp_name);
    molt_strbuf_append_cstr(&b, "'>");
    return molt_strbuf_finish(&b);
}

MoltHash molt_identity_hash(MoltValue v) {
    /* _Py_HashPointer: rotate right by 4 so the alignment bits count. */
    uint64_t p = v & MOLT_PAYLOAD_MASK;
    uint64_t y = (p >> 4) | (p << 60);
    MoltHash h = (MoltHash)y;
    return h == -1 ? -2 : h;
}

MoltType MoltType_Type = {
    .ob = MOLT_STATIC_HEADER(&MoltType_Type),
    .tp_name = "type",
    .tp_vectorcall = molt_ctor_type,
    .tp_call = molt_type_call,
    .tp_basicsize = sizeof(MoltType),
    .tp_repr = type_repr,
    .tp_hash = molt_identity_hash,
    .tp_base = &MoltBaseObject_Type,
    .tp_mro = MOLT_NONE,
    .tp_dict = MOLT_NONE,
};

MoltType MoltBaseObject_Type = {
    .ob = MOLT_STATIC_HEADER(&MoltType_Type),
    .tp_name = "object",
    .tp_vectorcall = molt_ctor_object,
    .tp_basicsize = sizeof(MoltObject),
    .tp_hash = molt_identity_hash,
    .tp_mro = MOLT_NONE,
    .tp_dict = MOLT_NONE,
};

static MoltValue none_repr(MoltValue v) {
    (void)v;
    return molt_str_from_cstr("None");
}
static MoltHash none_hash(MoltValue v) {
    (void)v;
    return (MoltHash)0xFCA86420; /* CPython >= 3.12's none_hash (3.11 hashes None's address) */
}
static int none_bool(MoltValue v) {
    (void)v;
    return 0;
}
static const MoltNumberMethods none_as_number = {.nb_bool = none_bool};

MoltType MoltNone_Type = {
    .ob = MOLT_STATIC_HEADER(&MoltType_Type),
    .tp_name = "NoneType",
    .tp_repr = none_repr,
    .tp_hash = none_hash,
    .tp_as_number = &none_as_number,
    .tp_base = &MoltBaseObject_Type,
    .tp_mro = MOLT_NONE,
    .tp_dict = MOLT_NONE,
};

static MoltValue notimpl_repr(MoltValue v) {
    (void)v;
    return molt_str_from_cstr("NotImplemented");
}

MoltType MoltNotImplemented_Type = {
    .ob = MOLT_STATIC_HEADER(&MoltType_Type),
    .tp_name = "NotImplementedType",
    .tp_repr = notimpl_repr,
    .tp_hash = none_hash,
    .tp_base = &MoltBaseObject_Type,
    .tp_mro = MOLT_NONE,
    .tp_dict = MOLT_NONE,
};

MoltType *molt_type_of(MoltValue v) {
    if (molt_is_double(v)) return &MoltFloat_Type;
    switch (v & MOLT_TAG_MASK) {
    case MOLT_TAG_INT: return &MoltInt_Type;
    case MOLT_TAG_BOOL: return &MoltBool_Type;
    case MOLT_TAG_NONE: return &MoltNone_Type;
    case MOLT_TAG_PTR: return molt_as_ptr(v)->type;
    case MOLT_TAG_NOTIMPL: return &MoltNotImplemented_Type;
    default: return &MoltNone_Type; /* MOLT_ERROR must never reach here */
    }
}

bool molt_type_is_subtype(const MoltType *t, const MoltType *base) {
    if ((t->tp_flags & MOLT_TPFLAG_HEAPTYPE) && molt_is_tuple(t->tp_mro)) { /* multiple inheritance: the MRO */
        for (int64_t i = 0; i < molt_tuple_size(t->tp_mro); i++)
            if ((const MoltType *)molt_as_ptr(molt_tuple_get(t->tp_mro, i)) == base) return true;
        return false;
    }
    for (; t; t = t->tp_base)
        if (t == base) return true;
    return false;
}

/* The static types readied so far (molt_types_release undoes them at shut-down). */
static MoltPtrList readied;

int molt_type_ready(MoltType *t) {
    if (t->tp_mro != MOLT_NONE) return 0;
    if (molt_ptrlist_reserve(&readied) < 0) return -1;
    int64_t n = 0;
    for (MoltType *s = t; s; s = s->tp_base) n++;
    MoltValue mro = molt_tuple_new(n);
    if (mro == MOLT_ERROR) return -1;
    int64_t i = 0;
    for (MoltType *s = t; s; s = s->tp_base) molt_tuple_set(mro, i++, molt_from_ptr(s));
    /* The MRO tuple lives as long as the (immortal) type: make it immortal too. */
    molt_obj_immortalize(molt_as_ptr(mro));
    t->tp_mro = mro;
    molt_ptrlist_append(&readied, t);
    return 0;
}

MoltValue molt_type_mro(MoltType *t) {
    if (t->tp_mro == MOLT_NONE && molt_type_ready(t) < 0) return MOLT_ERROR;
    return t->tp_mro;
}

void molt_types_release(void) {
    while (readied.n > 0) molt_type_release(readied.items[--readied.n]);
    molt_ptrlist_clear(&readied);
}

void molt_type_release(MoltType *t) {
    if (t->tp_mro == MOLT_NONE) return;
    MoltObject *mro = molt_as_ptr(t->tp_mro);
    t->tp_mro = MOLT_NONE;
    molt_obj_release_immortal(mro);
}

void molt_obj_immortalize(MoltObject *o) {
    o->refcnt = MOLT_REFCNT_IMMORTAL;
    live_objects--;
}

void molt_obj_release_immortal(MoltObject *o) {
    o->refcnt = 1;
    live_objects++;
    molt_obj_decref(o);
}

/* ---- repr / str / hash / truth -------------------------------------------- */

MoltValue molt_repr(MoltValue v) {
    MoltType *t = molt_type_of(v);
    if (t->tp_repr) return t->tp_repr(v);
    char buf[96];
    snprintf(buf, sizeof buf, "<%s object at %#llx>", t->tp_name,
             (unsigned long long)(v & MOLT_PAYLOAD_MASK));
    return molt_str_from_cstr(buf);
}

MoltValue molt_str(MoltValue v) {
    MoltType *t = molt_type_of(v);
    if (t == &MoltStr_Type) return molt_incref(v);
    if (t->tp_str) return t->tp_str(v);
    return molt_repr(v);
}

MoltHash molt_hash(MoltValue v) {
    if (molt_is_smallint(v)) return molt_int_hash(v);
    MoltType *t = molt_type_of(v);
    if (t->tp_hash) return t->tp_hash(v);
    molt_err_format(&MoltExc_TypeError, "unhashable type: '%s'", t->tp_name);
    return -1;
}

int molt_is_true(MoltValue v) {
    if (molt_is_bool(v)) return molt_as_bool(v);
    if (molt_is_smallint(v)) return molt_as_smallint(v) != 0;
    if (molt_is_double(v)) return molt_as_double(v) != 0.0;
    if (v == MOLT_NONE) return 0;
    MoltType *t = molt_type_of(v);
    if (t->tp_as_number && t->tp_as_number->nb_bool) return t->tp_as_number->nb_bool(v);
    int64_t n = -2;
    if (t->tp_as_mapping && t->tp_as_mapping->mp_length) n = t->tp_as_mapping->mp_length(v);
    else if (t->tp_as_sequence && t->tp_as_sequence->sq_length) n = t->tp_as_sequence->sq_length(v);
    if (n == -2) return 1;
    return n < 0 ? -1 : n > 0;
}

/* ---- rich comparison ------------------------------------------------------ */

static const char *const opstrings[] = {"<", "<=", "==", "!=", ">", ">="};
static const int swapped_op[] = {MOLT_GT, MOLT_GE, MOLT_EQ, MOLT_NE, MOLT_LT, MOLT_LE};

MoltValue molt_richcompare(MoltValue v, MoltValue w, int op) {
    MoltType *tv = molt_type_of(v), *tw = molt_type_of(w);
    MoltValue res;
    bool checked_reverse = false;
    if (tv != tw && molt_type_is_subtype(tw, tv) && tw->tp_richcompare) {
        checked_reverse = true;
        res = tw->tp_richcompare(w, v, swapped_op[op]);
        if (res != MOLT_NOTIMPLEMENTED) return res;
    }
    if (tv->tp_richcompare) {
        res = tv->tp_richcompare(v, w, op);
        if (res != MOLT_NOTIMPLEMENTED) return res;
    }
    if (!checked_reverse && tw->tp_richcompare) {
        res = tw->tp_richcompare(w, v, swapped_op[op]);
        if (res != MOLT_NOTIMPLEMENTED) return res;
    }
    if (op == MOLT_EQ) return molt_from_bool(v == w);
    if (op == MOLT_NE) return molt_from_bool(v != w);
    molt_err_format(&MoltExc_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                    opstrings[op], tv->tp_name, tw->tp_name);
    return MOLT_ERROR;
}

int molt_richcompare_bool(MoltValue v, MoltValue w, int op) {
    /* Identity implies equality for heap objects (PyObject_RichCompareBool).
     * Boxed floats have no identity, so NaN != NaN even inside containers. */
    if (molt_is_ptr(v) && v == w) {
        if (op == MOLT_EQ) return 1;
        if (op == MOLT_NE) return 0;
    }
    MoltValue r = molt_richcompare(v, w, op);
    if (r == MOLT_ERROR) return -1;
    int b = molt_is_bool(r) ? molt_as_bool(r) : molt_is_true(r);
    molt_decref(r);
    return b;
}

/* ---- number dispatch ------------------------------------------------------ */

#define NB_SLOT(t, slot) ((t)->tp_as_number ? (t)->tp_as_number->slot : NULL)

static MoltValue binary_op1(MoltValue v, MoltValue w, size_t slot_offset) {
    MoltType *tv = molt_type_of(v), *tw = molt_type_of(w);
    molt_binaryfunc slotv = NULL, slotw = NULL;
    if (tv->tp_as_number) slotv = *(const molt_binaryfunc *)((const char *)tv->tp_as_number + slot_offset);
    if (tw != tv && tw->tp_as_number) {
        slotw = *(const molt_binaryfunc *)((const char *)tw->tp_as_number + slot_offset);
        if (slotw == slotv) slotw = NULL;
    }
    if (slotv) {
        if (slotw && molt_type_is_subtype(tw, tv)) {
            MoltValue x = slotw(v, w);
            if (x != MOLT_NOTIMPLEMENTED) return x;
            slotw = NULL;
        }
        MoltValue x = slotv(v, w);
        if (x != MOLT_NOTIMPLEMENTED) return x;
    }
    if (slotw) return slotw(v, w);
    return MOLT_NOTIMPLEMENTED;
}

static MoltValue binop_type_error(MoltValue v, MoltValue w, const char *opname) {
    molt_err_format(&MoltExc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", opname,
                    molt_type_of(v)->tp_name, molt_type_of(w)->tp_name);
    return MOLT_ERROR;
}

#define BINARY_FUNC(func, slot, opname)                                          \
    MoltValue func(MoltValue v, MoltValue w) {                                   \
        MoltValue r = binary_op1(v, w, offsetof(MoltNumberMethods, slot));        \
        if (r == MOLT_NOTIMPLEMENTED) return binop_type_error(v, w, opname);     \
        return r;                                                                \
    }

BINARY_FUNC(molt_sub, nb_subtract, "-")
BINARY_FUNC(molt_truediv, nb_true_divide, "/")
BINARY_FUNC(molt_floordiv, nb_floor_divide, "//")
/* str % x is printf-style formatting (unicode_mod, CPython's str nb_remainder; with no subclasses of str, the
 * str slot always comes first and never declines). Tested here rather than in str's number slots, so only
 * programs that use % link the formatter. */
MoltValue molt_mod(MoltValue v, MoltValue w) {
    if (molt_is_str(v)) return molt_str_printf(v, w);
    MoltValue r = binary_op1(v, w, offsetof(MoltNumberMethods, nb_remainder));
    if (r == MOLT_NOTIMPLEMENTED) return binop_type_error(v, w, "%");
    return r;
}
BINARY_FUNC(molt_divmod, nb_divmod, "divmod()")
BINARY_FUNC(molt_lshift, nb_lshift, "<<")
BINARY_FUNC(molt_rshift, nb_rshift, ">>")
BINARY_FUNC(molt_and, nb_and, "&")
BINARY_FUNC(molt_or, nb_or, "|")
BINARY_FUNC(molt_xor, nb_xor, "^")

MoltValue molt_add(MoltValue v, MoltValue w) {
    if (molt_is_smallint(v) && molt_is_smallint(w)) {
        int64_t r = molt_as_smallint(v) + molt_as_smallint(w);
        if (molt_smallint_fits(r)) return molt_from_smallint(r);
    }
    MoltValue r = binary_op1(v, w, offsetof(MoltNumberMethods, nb_add));
    if (r != MOLT_NOTIMPLEMENTED) return r;
    MoltType *tv = molt_type_of(v);
    if (tv->tp_as_sequence && tv->tp_as_sequence->sq_concat) return tv->tp_as_sequence->sq_concat(v, w);
    return binop_type_error(v, w, "+");
}

static MoltValue sequence_repeat(MoltValue seq, MoltValue n) {
    MoltType *ts = molt_type_of(seq);
    if (!molt_is_intlike(n)) {
        molt_err_format(&MoltExc_TypeError, "can't multiply sequence by non-int of type '%s'",
                        molt_type_of(n)->tp_name);
        return MOLT_ERROR;
    }
    int64_t count;
    if (molt_int_as_i64(n, &count) < 0) { /* PyNumber_AsSsize_t(n, PyExc_OverflowError) */
        molt_err_clear();
        molt_err_format(&MoltExc_OverflowError, "cannot fit '%s' into an index-sized integer",
                        molt_type_of(n)->tp_name);
        return MOLT_ERROR;
    }
    return ts->tp_as_sequence->sq_repeat(seq, count);
}

MoltValue molt_mul(MoltValue v, MoltValue w) {
    MoltValue r = binary_op1(v, w, offsetof(MoltNumberMethods, nb_multiply));
    if (r != MOLT_NOTIMPLEMENTED) return r;
    MoltType *tv = molt_type_of(v), *tw = molt_type_of(w);
    if (tv->tp_as_sequence && tv->tp_as_sequence->sq_repeat) return sequence_repeat(v, w);
    if (tw->tp_as_sequence && tw->tp_as_sequence->sq_repeat) return sequence_repeat(w, v);
    return binop_type_error(v, w, "*");
}

MoltValue molt_pow(MoltValue v, MoltValue w, MoltValue z) {
    MoltType *tv = molt_type_of(v), *tw = molt_type_of(w);
    molt_ternaryfunc slotv = NB_SLOT(tv, nb_power), slotw = NULL;
    if (tw != tv) {
        slotw = NB_SLOT(tw, nb_power);
        if (slotw == slotv) slotw = NULL;
    }
    if (slotv) {
        if (slotw && molt_type_is_subtype(tw, tv)) {
            MoltValue x = slotw(v, w, z);
            if (x != MOLT_NOTIMPLEMENTED) return x;
            slotw = NULL;
        }
        MoltValue x = slotv(v, w, z);
        if (x != MOLT_NOTIMPLEMENTED) return x;
    }
    if (slotw) {
        MoltValue x = slotw(v, w, z);
        if (x != MOLT_NOTIMPLEMENTED) return x;
    }
    if (z == MOLT_NONE) return binop_type_error(v, w, "** or pow()");
    molt_err_format(&MoltExc_TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                    tv->tp_name, tw->tp_name, molt_type_of(z)->tp_name);
    return MOLT_ERROR;
}

static MoltValue unary_op(MoltValue v, size_t slot_offset, const char *opname) {
    MoltType *t = molt_type_of(v);
    if (t->tp_as_number) {
        molt_unaryfunc f = *(const molt_unaryfunc *)((const char *)t->tp_as_number + slot_offset);
        if (f) return f(v);
    }
    molt_err_format(&MoltExc_TypeError, "bad operand type for %s: '%s'", opname, t->tp_name);
    return MOLT_ERROR;
}

MoltValue molt_neg(MoltValue v) { return unary_op(v, offsetof(MoltNumberMethods, nb_negative), "unary -"); }
MoltValue molt_pos(MoltValue v) { return unary_op(v, offsetof(MoltNumberMethods, nb_positive), "unary +"); }
MoltValue molt_invert(MoltValue v) { return unary_op(v, offsetof(MoltNumberMethods, nb_invert), "unary ~"); }
MoltValue molt_abs(MoltValue v) { return unary_op(v, offsetof(MoltNumberMethods, nb_absolute), "abs()"); }

/* ---- containers ----------------------------------------------------------- */

int64_t molt_len(MoltValue v) {
    MoltType *t = molt_type_of(v);
    if (t->tp_as_sequence && t->tp_as_sequence->sq_length) return t->tp_as_sequence->sq_length(v);
    if (t->tp_as_mapping && t->tp_as_mapping->mp_length) return t->tp_as_mapping->mp_length(v);
    molt_err_format(&MoltExc_TypeError, "object of type '%s' has no len()", t->tp_name);
    return -1;
}

MoltValue molt_getitem(MoltValue v, MoltValue key) {
    MoltType *t = molt_type_of(v);
    if ((molt_type_of(key)->tp_flags & MOLT_TPFLAG_HEAPTYPE) &&
        (t == &MoltList_Type || t == &MoltTuple_Type || t == &MoltStr_Type || t == &MoltRange_Type)) {
        MoltValue ix = molt_class_number(key, "__index__"); /* a sequence index with __index__ */
        if (ix == MOLT_ERROR) return ix;
        if (ix != MOLT_NOTIMPLEMENTED) {
            MoltValue r = molt_getitem(v, ix);
            molt_decref(ix);
            return r;
        }
    }
    if (t->tp_as_mapping && t->tp_as_mapping->mp_subscript) return t->tp_as_mapping->mp_subscript(v, key);
    if (t->tp_as_sequence && t->tp_as_sequence->sq_item) {
        if (!molt_is_intlike(key)) {
            molt_err_format(&MoltExc_TypeError, "sequence index must be integer, not '%s'",
                            molt_type_of(key)->tp_name);
            return MOLT_ERROR;
        }
        int64_t i;
        if (molt_int_as_i64(key, &i) < 0) return MOLT_ERROR;
        if (i < 0) i += t->tp_as_sequence->sq_length(v);
        return t->tp_as_sequence->sq_item(v, i);
    }
    molt_err_format(&MoltExc_TypeError, "'%s' object is not subscriptable", t->tp_name);
    return MOLT_ERROR;
}

int molt_contains(MoltValue container, MoltValue item) {
    MoltType *t = molt_type_of(container);
    if (t->tp_as_sequence && t->tp_as_sequence->sq_contains) return t->tp_as_sequence->sq_contains(container, item);
    if (t->tp_iter) { /* _PySequence_IterSearch */
        MoltValue it = molt_iter(container);
        if (it == MOLT_ERROR) return -1;
        for (;;) {
            MoltValue x = molt_next(it);
            if (x == MOLT_EXHAUSTED) break;
            if (x == MOLT_ERROR) {
                molt_decref(it);
                return -1;
            }
            int k = molt_richcompare_bool(x, item, MOLT_EQ);
            molt_decref(x);
            if (k != 0) {
                molt_decref(it);
                return k;
            }
        }
        molt_decref(it);
        return 0;
    }
    molt_err_format(&MoltExc_TypeError, "argument of type '%s' is not iterable", t->tp_name);
    return -1;
}

int molt_setitem(MoltValue o, MoltValue key, MoltValue v) {
    MoltType *t = molt_type_of(o);
    if (t->tp_as_mapping && t->tp_as_mapping->mp_ass_subscript) return t->tp_as_mapping->mp_ass_subscript(o, key, v);
    molt_err_format(&MoltExc_TypeError, "'%s' object does not support item assignment", t->tp_name);
    return -1;
}

int molt_delitem(MoltValue o, MoltValue key) {
    MoltType *t = molt_type_of(o);
    if (t->tp_as_mapping && t->tp_as_mapping->mp_ass_subscript)
        return t->tp_as_mapping->mp_ass_subscript(o, key, MOLT_ERROR);
    molt_err_format(&MoltExc_TypeError, "'%s' object does not support item deletion", t->tp_name);
    return -1;
}

/* ---- repr recursion guard (Py_ReprEnter) ----------------------------------- */

static MoltValue *repr_stack;
static size_t repr_depth, repr_cap;

int molt_repr_enter(MoltValue v) {
    for (size_t i = 0; i < repr_depth; i++)
        if (repr_stack[i] == v) return 1;
    if (repr_depth == repr_cap) {
        size_t cap = repr_cap ? repr_cap * 2 : 16;
        MoltValue *s = realloc(repr_stack, cap * sizeof *s);
        if (!s) {
            molt_err_nomemory();
            return -1;
        }
        repr_stack = s;
        repr_cap = cap;
    }
    repr_stack[repr_depth++] = v;
    return 0;
}

void molt_repr_leave(MoltValue v) {
    for (size_t i = repr_depth; i > 0; i--)
        if (repr_stack[i - 1] == v) {
            memmove(repr_stack + i - 1, repr_stack + i, (repr_depth - i) * sizeof *repr_stack);
            repr_depth--;
            break;
        }
    if (repr_depth == 0) {
        free(repr_stack);
        repr_stack = NULL;
        repr_cap = 0;
    }
}
