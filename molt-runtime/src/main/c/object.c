/*
 * object.c — the base types (type, object, NoneType, NotImplementedType) and
 * the generic object protocol: repr/str/hash/compare, allocation (number and container dispatch and truth:
 * abstract.c).
 *
 * Source followed: CPython 3.12 Objects/object.c (PyObject_Repr, do_richcompare).
 */
#include "molt/molt.h"
#include "molt/fmt.h"
#include "ptrlist.h"
#include "slots.h"

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
    .tp_index = MOLT_TI_TYPE,
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
    .tp_index = MOLT_TI_OBJECT,
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
int molt_none_bool(MoltValue v) {
    (void)v;
    return 0;
}

MoltType MoltNone_Type = {
    .ob = MOLT_STATIC_HEADER(&MoltType_Type),
    .tp_name = "NoneType",
    .tp_repr = none_repr,
    .tp_hash = none_hash,
    .tp_index = MOLT_TI_NONE,
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

MoltType *molt_type_of(MoltValue v) { return molt_type_of_inline(v); }

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
    molt_snprintf(buf, sizeof buf, "<%s object at %#llx>", t->tp_name,
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
