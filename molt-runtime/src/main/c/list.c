/*
 * list.c — the list type: storage, methods, slicing (get/set/del with steps),
 * concatenation/repetition, lexicographic comparison, repr with the `[...]`
 * recursion guard, iterators, and a stable merge sort.
 *
 * Source followed: CPython 3.12 Objects/listobject.c (messages, slice
 * assignment rules, list_richcompare, reverse-sort-reverse for reverse=True).
 */
#include "molt/molt.h"
#include "slots.h"
#include "molt/method_defs.h"

#include <stdlib.h>
#include <string.h>

static MoltList *as_list(MoltValue v) { return (MoltList *)molt_as_ptr(v); }

bool molt_is_list(MoltValue v) { return molt_is_ptr(v) && molt_as_ptr(v)->type == &MoltList_Type; }
int64_t molt_list_size(MoltValue l) { return as_list(l)->size; }
MoltValue molt_list_get(MoltValue l, int64_t i) { return as_list(l)->items[i]; }
void molt_list_set(MoltValue l, int64_t i, MoltValue item) {
    MoltList *p = as_list(l);
    MoltValue old = p->items[i];
    p->items[i] = item;
    molt_decref(old);
}

static int list_reserve(MoltList *l, int64_t n) {
    if (n <= l->cap) return 0;
    int64_t cap = l->cap < 4 ? 4 : l->cap;
    while (cap < n) cap += cap >> 1 > 0 ? cap >> 1 : 4;
    MoltValue *items = realloc(l->items, (size_t)cap * sizeof(MoltValue));
    if (!items) {
        molt_err_nomemory();
        return -1;
    }
    l->items = items;
    l->cap = cap;
    return 0;
}

MoltValue molt_list_new(int64_t n) {
    MoltList *l = molt_alloc_object(&MoltList_Type, sizeof(MoltList));
    if (!l) return MOLT_ERROR;
    l->size = 0;
    l->cap = 0;
    l->items = NULL;
    if (n > 0) {
        if (list_reserve(l, n) < 0) {
            molt_free_object(&l->ob);
            return MOLT_ERROR;
        }
        for (int64_t i = 0; i < n; i++) l->items[i] = MOLT_NONE;
        l->size = n;
    }
    return molt_from_ptr(l);
}

MoltValue molt_list_from_array(const MoltValue *items, int64_t n) {
    MoltValue l = molt_list_new(n);
    if (l == MOLT_ERROR) return l;
    for (int64_t i = 0; i < n; i++) as_list(l)->items[i] = molt_incref(items[i]);
    return l;
}

static void list_dealloc(MoltObject *o) {
    MoltList *l = (MoltList *)o;
    for (int64_t i = 0; i < l->size; i++) molt_decref(l->items[i]);
    free(l->items);
    molt_free_object(o);
}

int molt_list_append(MoltValue lv, MoltValue item) {
    MoltList *l = as_list(lv);
    if (list_reserve(l, l->size + 1) < 0) return -1;
    l->items[l->size++] = molt_incref(item);
    return 0;
}

int molt_list_extend(MoltValue lv, MoltValue iterable) {
    MoltList *l = as_list(lv);
    if (molt_is_list(iterable) || molt_is_tuple(iterable)) {
        int64_t n = molt_is_list(iterable) ? as_list(iterable)->size : molt_tuple_size(iterable);
        const MoltValue *src = molt_is_list(iterable) ? as_list(iterable)->items
                                                      : ((MoltTuple *)molt_as_ptr(iterable))->items;
        if (list_reserve(l, l->size + n) < 0) return -1;
        src = molt_is_list(iterable) ? as_list(iterable)->items : src; /* l.extend(l): reloaded */
        for (int64_t i = 0; i < n; i++) l->items[l->size + i] = molt_incref(src[i]);
        l->size += n;
        return 0;
    }
    MoltValue it = molt_iter(iterable);
    if (it == MOLT_ERROR) return -1;
    for (;;) {
        MoltValue x = molt_next(it);
        if (x == MOLT_EXHAUSTED) break;
        if (x == MOLT_ERROR || list_reserve(l, l->size + 1) < 0) {
            molt_xdecref(x);
            molt_decref(it);
            return -1;
        }
        l->items[l->size++] = x;
    }
    molt_decref(it);
    return 0;
}

MoltValue molt_list_from_iterable(MoltValue iterable) {
    MoltValue l = molt_list_new(0);
    if (l == MOLT_ERROR) return l;
    if (molt_list_extend(l, iterable) < 0) {
        molt_decref(l);
        return MOLT_ERROR;
    }
    return l;
}

MoltValue molt_list_to_tuple(MoltValue lv) {
    MoltList *l = as_list(lv);
    MoltValue t = molt_tuple_new(l->size);
    if (t == MOLT_ERROR) return t;
    for (int64_t i = 0; i < l->size; i++) molt_tuple_set(t, i, molt_incref(l->items[i]));
    return t;
}

/* ---- repr / compare ------------------------------------------------------------ */

static MoltValue list_repr(MoltValue v) {
    MoltList *l = as_list(v);
    if (l->size == 0) return molt_str_from_cstr("[]");
    int k = molt_repr_enter(v);
    if (k < 0) return MOLT_ERROR;
    if (k > 0) return molt_str_from_cstr("[...]");
    MoltStrBuf b;
    molt_strbuf_init(&b);
    molt_strbuf_append_char(&b, '[');
    for (int64_t i = 0; i < l->size; i++) {
        if (i) molt_strbuf_append(&b, ", ", 2);
        MoltValue item = molt_incref(l->items[i]);
        MoltValue r = molt_repr(item);
        molt_decref(item);
        if (r == MOLT_ERROR) {
            molt_repr_leave(v);
            molt_strbuf_release(&b);
            return MOLT_ERROR;
        }
        molt_strbuf_append_str(&b, r);
        molt_decref(r);
    }
    molt_strbuf_append_char(&b, ']');
    molt_repr_leave(v);
    return molt_strbuf_finish(&b);
}

static MoltValue list_richcompare(MoltValue v, MoltValue w, int op) {
    if (!molt_is_list(w)) return MOLT_NOTIMPLEMENTED;
    MoltList *a = as_list(v), *b = as_list(w);
    if (a->size != b->size && (op == MOLT_EQ || op == MOLT_NE)) return molt_from_bool(op == MOLT_NE);
    int64_t i;
    for (i = 0; i < a->size && i < b->size; i++) {
        MoltValue x = molt_incref(a->items[i]), y = molt_incref(b->items[i]);
        int k = molt_richcompare_bool(x, y, MOLT_EQ);
        molt_decref(x);
        molt_decref(y);
        if (k < 0) return MOLT_ERROR;
        if (!k) break;
    }
    if (i >= a->size || i >= b->size) {
        return molt_cmp_result((a->size > b->size) - (a->size < b->size), op);
    }
    if (op == MOLT_EQ) return MOLT_FALSE;
    if (op == MOLT_NE) return MOLT_TRUE;
    MoltValue x = molt_incref(a->items[i]), y = molt_incref(b->items[i]);
    MoltValue r = molt_richcompare(x, y, op);
    molt_decref(x);
    molt_decref(y);
    return r;
}

/* ---- sequence slots ------------------------------------------------------------ */

int64_t list_sq_length(MoltValue v) { return as_list(v)->size; }

MoltValue list_sq_item(MoltValue v, int64_t i) {
    MoltList *l = as_list(v);
    if (i < 0 || i >= l->size) {
        molt_err_set(&MoltExc_IndexError, "list index out of range");
        return MOLT_ERROR;
    }
    return molt_incref(l->items[i]);
}

MoltValue list_sq_concat(MoltValue v, MoltValue w) {
    if (!molt_is_list(w)) {
        molt_err_format(&MoltExc_TypeError, "can only concatenate list (not \"%s\") to list",
                        molt_type_of(w)->tp_name);
        return MOLT_ERROR;
    }
    MoltList *a = as_list(v), *b = as_list(w);
    MoltValue r = molt_list_new(a->size + b->size);
    if (r == MOLT_ERROR) return r;
    MoltList *rl = as_list(r);
    for (int64_t i = 0; i < a->size; i++) rl->items[i] = molt_incref(a->items[i]);
    for (int64_t i = 0; i < b->size; i++) rl->items[a->size + i] = molt_incref(b->items[i]);
    return r;
}

MoltValue list_sq_repeat(MoltValue v, int64_t n) {
    MoltList *a = as_list(v);
    if (n < 0) n = 0;
    if (n && a->size > INT64_MAX / 16 / n) return molt_err_nomemory();
    MoltValue r = molt_list_new(a->size * n);
    if (r == MOLT_ERROR) return r;
    MoltList *rl = as_list(r);
    for (int64_t k = 0; k < n; k++)
        for (int64_t i = 0; i < a->size; i++) rl->items[k * a->size + i] = molt_incref(a->items[i]);
    return r;
}

int list_sq_contains(MoltValue v, MoltValue x) {
    MoltList *l = as_list(v);
    for (int64_t i = 0; i < l->size; i++) {
        MoltValue item = molt_incref(l->items[i]);
        int k = molt_richcompare_bool(item, x, MOLT_EQ);
        molt_decref(item);
        if (k != 0) return k;
    }
    return 0;
}

static int index_arg(MoltValue key, int64_t *out, const char *what) {
    if (!molt_is_intlike(key)) {
        molt_err_format(&MoltExc_TypeError, "list indices must be integers or slices, not %s",
                        molt_type_of(key)->tp_name);
        return -1;
    }
    if (molt_int_as_i64(key, out) < 0) {
        molt_err_clear();
        molt_err_format(&MoltExc_IndexError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    (void)what;
    return 0;
}

MoltValue list_mp_subscript(MoltValue v, MoltValue key) {
    MoltList *l = as_list(v);
    if (molt_is_slice(key)) {
        int64_t start, step, count;
        if (molt_slice_indices(key, l->size, &start, &step, &count) < 0) return MOLT_ERROR;
        MoltValue r = molt_list_new(count);
        if (r == MOLT_ERROR) return r;
        for (int64_t i = 0, j = start; i < count; i++, j += step) as_list(r)->items[i] = molt_incref(l->items[j]);
        return r;
    }
    int64_t i;
    if (index_arg(key, &i, "") < 0) return MOLT_ERROR;
    if (i < 0) i += l->size;
    return list_sq_item(v, i);
}

/* l[start:start+count*step:step] = items (n of them) or deleted (items NULL). */
static int list_ass_slice(MoltValue v, MoltValue key, MoltValue value) {
    MoltList *l = as_list(v);
    int64_t start, step, count;
    if (molt_slice_indices(key, l->size, &start, &step, &count) < 0) return -1;
    MoltValue seq = MOLT_NONE; /* a list holding the new items */
    int64_t n = 0;
    if (value != MOLT_ERROR) {
        if (step == 1 || !molt_is_list(value) || value == v) {
            seq = molt_list_from_iterable(value);
            if (seq == MOLT_ERROR) {
                if (molt_err_matches(&MoltExc_TypeError)) {
                    molt_err_clear();
                    molt_err_set(&MoltExc_TypeError, step == 1 ? "can only assign an iterable"
                                                               : "must assign iterable to extended slice");
                }
                return -1;
            }
        } else {
            seq = molt_incref(value);
        }
        n = as_list(seq)->size;
    }
    if (step == 1) { /* list_ass_slice: any length */
        int64_t delta = n - count;
        MoltValue *old = malloc((size_t)(count ? count : 1) * sizeof(MoltValue));
        if (!old || list_reserve(l, l->size + delta) < 0) {
            free(old);
            molt_decref(seq);
            if (!old) molt_err_nomemory();
            return -1;
        }
        memcpy(old, l->items + start, (size_t)count * sizeof(MoltValue));
        memmove(l->items + start + n, l->items + start + count,
                (size_t)(l->size - start - count) * sizeof(MoltValue));
        for (int64_t i = 0; i < n; i++) l->items[start + i] = molt_incref(as_list(seq)->items[i]);
        l->size += delta;
        molt_decref(seq);
        for (int64_t i = 0; i < count; i++) molt_decref(old[i]);
        free(old);
        return 0;
    }
    if (value == MOLT_ERROR) { /* del l[a:b:step] */
        if (count == 0) return 0;
        if (step < 0) { /* normalise to a positive step */
            start = start + step * (count - 1);
            step = -step;
        }
        MoltValue *old = malloc((size_t)count * sizeof(MoltValue));
        if (!old) {
            molt_err_nomemory();
            return -1;
        }
        int64_t w = start, k = 0;
        for (int64_t r = start; r < l->size; r++) {
            if (k < count && r == start + k * step) {
                old[k++] = l->items[r];
                continue;
            }
            l->items[w++] = l->items[r];
        }
        l->size = w;
        for (int64_t i = 0; i < count; i++) molt_decref(old[i]);
        free(old);
        return 0;
    }
    if (n != count) {
        molt_decref(seq);
        molt_err_format(&MoltExc_ValueError, "attempt to assign sequence of size %lld to extended slice of size %lld",
                        (long long)n, (long long)count);
        return -1;
    }
    for (int64_t i = 0, j = start; i < count; i++, j += step) {
        MoltValue old = l->items[j];
        l->items[j] = molt_incref(as_list(seq)->items[i]);
        molt_decref(old);
    }
    molt_decref(seq);
    return 0;
}

int list_mp_ass_subscript(MoltValue v, MoltValue key, MoltValue value) {
    if (molt_is_slice(key)) return list_ass_slice(v, key, value);
    MoltList *l = as_list(v);
    int64_t i;
    if (index_arg(key, &i, "") < 0) return -1;
    if (i < 0) i += l->size;
    if (i < 0 || i >= l->size) {
        molt_err_set(&MoltExc_IndexError, value == MOLT_ERROR ? "list assignment index out of range"
                                                              : "list assignment index out of range");
        return -1;
    }
    MoltValue old = l->items[i];
    if (value == MOLT_ERROR) {
        memmove(l->items + i, l->items + i + 1, (size_t)(l->size - i - 1) * sizeof(MoltValue));
        l->size--;
    } else {
        l->items[i] = molt_incref(value);
    }
    molt_decref(old);
    return 0;
}

/* ---- methods ---------------------------------------------------------------- */

static int int_arg(MoltValue v, int64_t *out) {
    if (!molt_is_intlike(v)) {
        molt_err_format(&MoltExc_TypeError, "'%s' object cannot be interpreted as an integer",
                        molt_type_of(v)->tp_name);
        return -1;
    }
    if (molt_int_as_i64(v, out) < 0) {
        molt_err_clear();
        *out = molt_int_sign(v) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    }
    return 0;
}

MoltValue molt_list_insert(MoltValue lv, MoltValue index, MoltValue item) {
    MoltList *l = as_list(lv);
    int64_t i;
    if (int_arg(index, &i) < 0) return MOLT_ERROR;
    if (i < 0) {
        i += l->size;
        if (i < 0) i = 0;
    }
    if (i > l->size) i = l->size;
    if (list_reserve(l, l->size + 1) < 0) return MOLT_ERROR;
    memmove(l->items + i + 1, l->items + i, (size_t)(l->size - i) * sizeof(MoltValue));
    l->items[i] = molt_incref(item);
    l->size++;
    return MOLT_NONE;
}

MoltValue molt_list_pop(MoltValue lv, MoltValue index) {
    MoltList *l = as_list(lv);
    int64_t i = -1;
    if (index != MOLT_NONE && int_arg(index, &i) < 0) return MOLT_ERROR;
    if (l->size == 0) {
        molt_err_set(&MoltExc_IndexError, "pop from empty list");
        return MOLT_ERROR;
    }
    if (i < 0) i += l->size;
    if (i < 0 || i >= l->size) {
        molt_err_set(&MoltExc_IndexError, "pop index out of range");
        return MOLT_ERROR;
    }
    MoltValue x = l->items[i];
    memmove(l->items + i, l->items + i + 1, (size_t)(l->size - i - 1) * sizeof(MoltValue));
    l->size--;
    return x;
}

MoltValue molt_list_remove(MoltValue lv, MoltValue x) {
    MoltList *l = as_list(lv);
    for (int64_t i = 0; i < l->size; i++) {
        MoltValue item = molt_incref(l->items[i]);
        int k = molt_richcompare_bool(item, x, MOLT_EQ);
        molt_decref(item);
        if (k < 0) return MOLT_ERROR;
        if (k > 0) {
            if (i >= l->size) break;
            MoltValue old = l->items[i];
            memmove(l->items + i, l->items + i + 1, (size_t)(l->size - i - 1) * sizeof(MoltValue));
            l->size--;
            molt_decref(old);
            return MOLT_NONE;
        }
    }
    molt_err_set(&MoltExc_ValueError, "list.remove(x): x not in list");
    return MOLT_ERROR;
}

MoltValue molt_list_index(MoltValue lv, MoltValue x, MoltValue vstart, MoltValue vstop) {
    MoltList *l = as_list(lv);
    int64_t start = 0, stop = INT64_MAX / 2;
    if (vstart != MOLT_NONE && int_arg(vstart, &start) < 0) return MOLT_ERROR;
    if (vstop != MOLT_NONE && int_arg(vstop, &stop) < 0) return MOLT_ERROR;
    if (start < 0) {
        start += l->size;
        if (start < 0) start = 0;
    }
    if (stop < 0) {
        stop += l->size;
        if (stop < 0) stop = 0;
    }
    for (int64_t i = start; i < stop && i < l->size; i++) {
        MoltValue item = molt_incref(l->items[i]);
        int k = molt_richcompare_bool(item, x, MOLT_EQ);
        molt_decref(item);
        if (k < 0) return MOLT_ERROR;
        if (k > 0) return molt_int_from_i64(i);
    }
    MoltValue r = molt_repr(x);
    if (r == MOLT_ERROR) return r;
    molt_err_format(&MoltExc_ValueError, "%s is not in list", molt_str_data(r));
    molt_decref(r);
    return MOLT_ERROR;
}

MoltValue molt_list_count(MoltValue lv, MoltValue x) {
    MoltList *l = as_list(lv);
    int64_t n = 0;
    for (int64_t i = 0; i < l->size; i++) {
        MoltValue item = molt_incref(l->items[i]);
        int k = molt_richcompare_bool(item, x, MOLT_EQ);
        molt_decref(item);
        if (k < 0) return MOLT_ERROR;
        n += k;
    }
    return molt_int_from_i64(n);
}

static void reverse_items(MoltValue *a, int64_t n) {
    for (int64_t i = 0, j = n - 1; i < j; i++, j--) {
        MoltValue t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}

MoltValue molt_list_reverse(MoltValue lv) {
    reverse_items(as_list(lv)->items, as_list(lv)->size);
    return MOLT_NONE;
}

MoltValue molt_list_copy(MoltValue lv) { return molt_list_from_array(as_list(lv)->items, as_list(lv)->size); }

MoltValue molt_list_clear(MoltValue lv) {
    MoltList *l = as_list(lv);
    MoltValue *items = l->items;
    int64_t n = l->size;
    l->items = NULL;
    l->size = l->cap = 0;
    for (int64_t i = 0; i < n; i++) molt_decref(items[i]);
    free(items);
    return MOLT_NONE;
}

/* Stable merge sort of idx[0..n) by keys[idx[i]] with `<`; tmp has room for n. */
static int merge_sort(const MoltValue *keys, int64_t *idx, int64_t *tmp, int64_t n) {
    if (n < 2) return 0;
    if (n <= 8) { /* binary-free insertion sort, stable */
        for (int64_t i = 1; i < n; i++) {
            int64_t x = idx[i], j = i;
            while (j > 0) {
                int k = molt_richcompare_bool(keys[x], keys[idx[j - 1]], MOLT_LT);
                if (k < 0) return -1;
                if (!k) break;
                idx[j] = idx[j - 1];
                j--;
            }
            idx[j] = x;
        }
        return 0;
    }
    int64_t h = n / 2;
    if (merge_sort(keys, idx, tmp, h) < 0 || merge_sort(keys, idx + h, tmp, n - h) < 0) return -1;
    memcpy(tmp, idx, (size_t)h * sizeof(int64_t));
    int64_t i = 0, j = h, o = 0;
    while (i < h && j < n) {
        int k = molt_richcompare_bool(keys[idx[j]], keys[tmp[i]], MOLT_LT);
        if (k < 0) {
            while (i < h) idx[o++] = tmp[i++]; /* keep idx a permutation */
            return -1;
        }
        idx[o++] = k ? idx[j++] : tmp[i++];
    }
    while (i < h) idx[o++] = tmp[i++];
    return 0;
}

MoltValue molt_list_sort(MoltValue lv, MoltValue key, bool reverse) {
    MoltList *l = as_list(lv);
    int64_t n = l->size;
    if (n < 2) return MOLT_NONE;
    MoltValue *vals = malloc((size_t)n * sizeof(MoltValue));
    MoltValue *keys = malloc((size_t)n * sizeof(MoltValue));
    int64_t *idx = malloc((size_t)n * sizeof(int64_t)), *tmp = malloc((size_t)n * sizeof(int64_t));
    int64_t nkeys = 0;
    int rc = -1;
    if (!vals || !keys || !idx || !tmp) {
        molt_err_nomemory();
        goto done;
    }
    /* Work on a copy; the list is written back only on success. */
    for (int64_t i = 0; i < n; i++) vals[i] = molt_incref(l->items[i]);
    if (reverse) reverse_items(vals, n);
    for (; nkeys < n; nkeys++) {
        keys[nkeys] = key == MOLT_NONE ? molt_incref(vals[nkeys]) : molt_call1(key, vals[nkeys]);
        if (keys[nkeys] == MOLT_ERROR) goto done;
    }
    for (int64_t i = 0; i < n; i++) idx[i] = i;
    if (merge_sort(keys, idx, tmp, n) < 0) goto done;
    if (l->size != n) {
        molt_err_set(&MoltExc_ValueError, "list modified during sort");
        goto done;
    }
    for (int64_t i = 0; i < n; i++) {
        MoltValue old = l->items[i];
        l->items[i] = molt_incref(vals[idx[i]]);
        molt_decref(old);
    }
    if (reverse) reverse_items(l->items, n);
    rc = 0;
done:
    for (int64_t i = 0; i < nkeys; i++) molt_decref(keys[i]);
    if (vals)
        for (int64_t i = 0; i < n; i++) molt_decref(vals[i]);
    free(vals);
    free(keys);
    free(idx);
    free(tmp);
    return rc < 0 ? MOLT_ERROR : MOLT_NONE;
}

MoltValue molt_sorted(MoltValue iterable, MoltValue key, bool reverse) {
    MoltValue l = molt_list_from_iterable(iterable);
    if (l == MOLT_ERROR) return l;
    if (molt_list_sort(l, key, reverse) == MOLT_ERROR) {
        molt_decref(l);
        return MOLT_ERROR;
    }
    return l;
}

/* ---- iterators --------------------------------------------------------------- */

static MoltValue listiter_new(MoltValue l, MoltType *t, int64_t index) {
    MoltListIter *it = molt_alloc_fixed(t);
    if (!it) return MOLT_ERROR;
    it->list = molt_incref(l);
    it->index = index;
    return molt_from_ptr(it);
}

static MoltValue list_iter(MoltValue v) { return listiter_new(v, &MoltListIter_Type, 0); }
static MoltValue list_reversed(MoltValue v) {
    return listiter_new(v, &MoltListRevIter_Type, as_list(v)->size - 1);
}

static void listiter_dealloc(MoltObject *o) {
    molt_decref(((MoltListIter *)o)->list);
    molt_free_fixed(o);
}

static MoltValue listiter_next(MoltValue v) {
    MoltListIter *it = (MoltListIter *)molt_as_ptr(v);
    if (it->list == MOLT_NONE) return MOLT_EXHAUSTED;
    MoltList *l = as_list(it->list);
    if (it->index < l->size) return molt_incref(l->items[it->index++]);
    molt_decref(it->list);
    it->list = MOLT_NONE;
    return MOLT_EXHAUSTED;
}

static MoltValue listreviter_next(MoltValue v) {
    MoltListIter *it = (MoltListIter *)molt_as_ptr(v);
    if (it->list == MOLT_NONE) return MOLT_EXHAUSTED;
    MoltList *l = as_list(it->list);
    if (it->index >= 0 && it->index < l->size) return molt_incref(l->items[it->index--]);
    molt_decref(it->list);
    it->list = MOLT_NONE;
    return MOLT_EXHAUSTED;
}

static MoltValue self_iter(MoltValue v) { return molt_incref(v); }

MoltValue molt_list_reversed(MoltValue l) { return list_reversed(l); }

MoltType MoltList_Type = {
    .ob = MOLT_STATIC_HEADER(&MoltType_Type),
    .tp_name = "list",
    .tp_methods = molt_methods_list,
    .tp_basicsize = sizeof(MoltList),
    .tp_dealloc = list_dealloc,
    .tp_repr = list_repr,
    .tp_richcompare = list_richcompare,
    .tp_as_mapping = &molt_static_as_mapping,
    .tp_index = MOLT_TI_LIST,
    .tp_base = &MoltBaseObject_Type,
    .tp_mro = MOLT_NONE,
    .tp_dict = MOLT_NONE,
    .tp_iter = list_iter,
};

MoltType MoltListIter_Type = {
    .ob = MOLT_STATIC_HEADER(&MoltType_Type),
    .tp_name = "list_iterator",
    .tp_basicsize = sizeof(MoltListIter),
    .tp_dealloc = listiter_dealloc,
    .tp_base = &MoltBaseObject_Type,
    .tp_mro = MOLT_NONE,
    .tp_dict = MOLT_NONE,
    .tp_iter = self_iter,
    .tp_iternext = listiter_next,
};

MoltType MoltListRevIter_Type = {
    .ob = MOLT_STATIC_HEADER(&MoltType_Type),
    .tp_name = "list_reverseiterator",
    .tp_basicsize = sizeof(MoltListIter),
    .tp_dealloc = listiter_dealloc,
    .tp_base = &MoltBaseObject_Type,
    .tp_mro = MOLT_NONE,
    .tp_dict = MOLT_NONE,
    .tp_iter = self_iter,
    .tp_iternext = listreviter_next,
};
