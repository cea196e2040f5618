/*
 * tuple.c — the tuple type: creation, repr, hash (xxHash-based, CPython >= 3.8),
 * lexicographic comparison, len/item/slicing/contains, +, *, count/index.
 *
 * Source followed: CPython 3.12 Objects/tupleobject.c.
 */
#include "molt/molt.h"
#include "slots.h"
#include "molt/method_defs.h"

static void tuple_dealloc(MoltObject *o) {
    MoltTuple *t = (MoltTuple *)o;
    for (int64_t i = 0; i < t->size; i++) molt_decref(t->items[i]);
    molt_free_object(o);
}

MoltValue molt_tuple_new(int64_t n) {
    MoltTuple *t = molt_alloc_object(&MoltTuple_Type, sizeof(MoltTuple) + (size_t)n * sizeof(MoltValue));
    if (!t) return MOLT_ERROR;
    t->size = n;
    for (int64_t i = 0; i < n; i++) t->items[i] = MOLT_NONE;
    return molt_from_ptr(t);
}

static MoltTuple *as_tuple(MoltValue v) { return (MoltTuple *)molt_as_ptr(v); }

void molt_tuple_set(MoltValue t, int64_t i, MoltValue item) {
    MoltTuple *tp = as_tuple(t);
    molt_decref(tp->items[i]);
    tp->items[i] = item;
}
MoltValue molt_tuple_get(MoltValue t, int64_t i) { return as_tuple(t)->items[i]; }
int64_t molt_tuple_size(MoltValue t) { return as_tuple(t)->size; }
bool molt_is_tuple(MoltValue v) { return molt_is_ptr(v) && molt_as_ptr(v)->type == &MoltTuple_Type; }

MoltValue molt_tuple_pack2(MoltValue a, MoltValue b) {
    MoltValue t = molt_tuple_new(2);
    if (t == MOLT_ERROR) {
        molt_decref(a);
        molt_decref(b);
        return MOLT_ERROR;
    }
    molt_tuple_set(t, 0, a);
    molt_tuple_set(t, 1, b);
    return t;
}

static MoltValue tuple_repr(MoltValue v) {
    MoltTuple *t = as_tuple(v);
    if (t->size == 0) return molt_str_from_cstr("()");
    MoltStrBuf b;
    molt_strbuf_init(&b);
    molt_strbuf_append_char(&b, '(');
    for (int64_t i = 0; i < t->size; i++) {
        if (i) molt_strbuf_append(&b, ", ", 2);
        MoltValue r = molt_repr(t->items[i]);
        if (r == MOLT_ERROR) {
            molt_strbuf_release(&b);
            return MOLT_ERROR;
        }
        molt_strbuf_append_str(&b, r);
        molt_decref(r);
    }
    if (t->size == 1) molt_strbuf_append_char(&b, ',');
    molt_strbuf_append_char(&b, ')');
    return molt_strbuf_finish(&b);
}

#define XXPRIME_1 UINT64_C(11400714785074694791)
#define XXPRIME_2 UINT64_C(14029467366897019727)
#define XXPRIME_5 UINT64_C(2870177450012600261)
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

static MoltHash tuple_hash(MoltValue v) {
    MoltTuple *t = as_tuple(v);
    uint64_t acc = XXPRIME_5;
    for (int64_t i = 0; i < t->size; i++) {
        MoltHash lane = molt_hash(t->items[i]);
        if (lane == -1) return -1;
        acc += (uint64_t)lane * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    acc += (uint64_t)t->size ^ (XXPRIME_5 ^ UINT64_C(3527539));
    if (acc == UINT64_MAX) return 1546275796;
    return (MoltHash)acc;
}

static MoltValue tuple_richcompare(MoltValue v, MoltValue w, int op) {
    if (!molt_is_tuple(w)) return MOLT_NOTIMPLEMENTED;
    MoltTuple *a = as_tuple(v), *b = as_tuple(w);
    int64_t i;
    for (i = 0; i < a->size && i < b->size; i++) {
        int k = molt_richcompare_bool(a->items[i], b->items[i], MOLT_EQ);
        if (k < 0) return MOLT_ERROR;
        if (!k) break;
    }
    if (i >= a->size || i >= b->size) {
        return molt_cmp_result((a->size > b->size) - (a->size < b->size), op);
    }
    if (op == MOLT_EQ) return MOLT_FALSE;
    if (op == MOLT_NE) return MOLT_TRUE;
    return molt_richcompare(a->items[i], b->items[i], op);
}

int64_t tuple_sq_length(MoltValue v) { return as_tuple(v)->size; }

MoltValue tuple_sq_item(MoltValue v, int64_t i) {
    MoltTuple *t = as_tuple(v);
    if (i < 0 || i >= t->size) {
        molt_err_set(&MoltExc_IndexError, "tuple index out of range");
        return MOLT_ERROR;
    }
    return molt_incref(t->items[i]);
}

int tuple_sq_contains(MoltValue v, MoltValue x) {
    MoltTuple *t = as_tuple(v);
    for (int64_t i = 0; i < t->size; i++) {
        int k = molt_richcompare_bool(t->items[i], x, MOLT_EQ);
        if (k != 0) return k;
    }
    return 0;
}

MoltValue tuple_sq_concat(MoltValue v, MoltValue w) {
    if (!molt_is_tuple(w)) {
        molt_err_format(&MoltExc_TypeError, "can only concatenate tuple (not \"%s\") to tuple",
                        molt_type_of(w)->tp_name);
        return MOLT_ERROR;
    }
    MoltTuple *a = as_tuple(v), *b = as_tuple(w);
    if (b->size == 0) return molt_incref(v);
    if (a->size == 0) return molt_incref(w);
    MoltValue r = molt_tuple_new(a->size + b->size);
    if (r == MOLT_ERROR) return r;
    for (int64_t i = 0; i < a->size; i++) molt_tuple_set(r, i, molt_incref(a->items[i]));
    for (int64_t i = 0; i < b->size; i++) molt_tuple_set(r, a->size + i, molt_incref(b->items[i]));
    return r;
}

MoltValue tuple_sq_repeat(MoltValue v, int64_t n) {
    MoltTuple *a = as_tuple(v);
    if (n == 1) return molt_incref(v);
    if (n < 0) n = 0;
    if (n && a->size > INT64_MAX / 16 / n) return molt_err_nomemory();
    MoltValue r = molt_tuple_new(a->size * n);
    if (r == MOLT_ERROR) return r;
    for (int64_t k = 0; k < n; k++)
        for (int64_t i = 0; i < a->size; i++) molt_tuple_set(r, k * a->size + i, molt_incref(a->items[i]));
    return r;
}

MoltValue tuple_mp_subscript(MoltValue v, MoltValue key) {
    MoltTuple *t = as_tuple(v);
    if (molt_is_slice(key)) {
        int64_t start, step, count;
        if (molt_slice_indices(key, t->size, &start, &step, &count) < 0) return MOLT_ERROR;
        if (count == t->size && step == 1) return molt_incref(v);
        MoltValue r = molt_tuple_new(count);
        if (r == MOLT_ERROR) return r;
        for (int64_t i = 0, j = start; i < count; i++, j += step) molt_tuple_set(r, i, molt_incref(t->items[j]));
        return r;
    }
    if (!molt_is_intlike(key)) {
        molt_err_format(&MoltExc_TypeError, "tuple indices must be integers or slices, not %s",
                        molt_type_of(key)->tp_name);
        return MOLT_ERROR;
    }
    int64_t i;
    if (molt_int_as_i64(key, &i) < 0) {
        molt_err_clear();
        molt_err_set(&MoltExc_IndexError, "cannot fit 'int' into an index-sized integer");
        return MOLT_ERROR;
    }
    if (i < 0) i += t->size;
    return tuple_sq_item(v, i);
}

MoltValue molt_tuple_count(MoltValue v, MoltValue x) {
    MoltTuple *t = as_tuple(v);
    int64_t n = 0;
    for (int64_t i = 0; i < t->size; i++) {
        int k = molt_richcompare_bool(t->items[i], x, MOLT_EQ);
        if (k < 0) return MOLT_ERROR;
        n += k;
    }
    return molt_int_from_i64(n);
}

MoltValue molt_tuple_index(MoltValue v, MoltValue x, MoltValue vstart, MoltValue vstop) {
    MoltTuple *t = as_tuple(v);
    int64_t start = 0, stop = t->size;
    MoltValue bounds[2] = {vstart, vstop};
    int64_t *outs[2] = {&start, &stop};
    for (int b = 0; b < 2; b++) {
        if (bounds[b] == MOLT_NONE) continue;
        if (!molt_is_intlike(bounds[b])) {
            molt_err_set(&MoltExc_TypeError, "slice indices must be integers or have an __index__ method");
            return MOLT_ERROR;
        }
        if (molt_int_as_i64(bounds[b], outs[b]) < 0) {
            molt_err_clear();
            *outs[b] = molt_int_sign(bounds[b]) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
        }
        if (*outs[b] < 0) {
            *outs[b] += t->size;
            if (*outs[b] < 0) *outs[b] = 0;
        }
    }
    for (int64_t i = start; i < stop && i < t->size; i++) {
        int k = molt_richcompare_bool(t->items[i], x, MOLT_EQ);
        if (k < 0) return MOLT_ERROR;
        if (k > 0) return molt_int_from_i64(i);
    }
    molt_err_set(&MoltExc_ValueError, "tuple.index(x): x not in tuple");
    return MOLT_ERROR;
}

MoltType MoltTuple_Type = {
    .ob = MOLT_STATIC_HEADER(&MoltType_Type),
    .tp_name = "tuple",
    .tp_methods = molt_methods_tuple,
    .tp_basicsize = sizeof(MoltTuple),
    .tp_dealloc = tuple_dealloc,
    .tp_repr = tuple_repr,
    .tp_hash = tuple_hash,
    .tp_richcompare = tuple_richcompare,
    .tp_as_mapping = &molt_static_as_mapping,
    .tp_index = MOLT_TI_TUPLE,
    .tp_base = &MoltBaseObject_Type,
    .tp_mro = MOLT_NONE,
    .tp_dict = MOLT_NONE,
};
