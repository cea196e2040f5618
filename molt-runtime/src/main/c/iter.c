/*
 * iter.c — iter()/next(), the sequence iterator, enumerate, zip, map, filter,
 * reversed, and sequence unpacking.
 *
 * Source followed: CPython 3.12 Objects/abstract.c (PyObject_GetIter),
 * Objects/iterobject.c (seqiter), Objects/enumobject.c (enumerate, reversed),
 * Python/bltinmodule.c (map, filter, zip with strict=), Python/ceval.c
 * (unpack_iterable messages).
 */
#include "molt/molt.h"
#include "slots.h"

#include <stdlib.h>

static MoltValue self_iter(MoltValue v) { return molt_incref(v); }

bool molt_is_iterator(MoltValue v) { return molt_type_of(v)->tp_iternext != NULL; }

/* ---- the sequence iterator (PySeqIter) ------------------------------------------ */

typedef struct MoltSeqIter {
    MoltObject ob;
    MoltValue seq; /* owned; MOLT_NONE when exhausted */
    int64_t index;
    bool reverse;  /* reversed(): index counts down */
} MoltSeqIter;

static MoltValue seqiter_new(MoltType *t, MoltValue seq, int64_t index, bool reverse) {
    MoltSeqIter *it = molt_alloc_object(t, sizeof(MoltSeqIter));
    if (!it) return MOLT_ERROR;
    it->seq = molt_incref(seq);
    it->index = index;
    it->reverse = reverse;
    return molt_from_ptr(it);
}

static void seqiter_dealloc(MoltObject *o) {
    molt_decref(((MoltSeqIter *)o)->seq);
    molt_free_object(o);
}

static MoltValue seqiter_next(MoltValue v) {
    MoltSeqIter *it = (MoltSeqIter *)molt_as_ptr(v);
    if (it->seq == MOLT_NONE) return MOLT_EXHAUSTED;
    if (it->reverse && it->index < 0) goto done;
    MoltValue key = molt_int_from_i64(it->index);
    MoltValue x = molt_getitem(it->seq, key);
    if (x == MOLT_ERROR) {
        if (molt_err_matches(&MoltExc_IndexError) || molt_err_matches(&MoltExc_StopIteration)) {
            molt_err_clear();
            goto done;
        }
        return MOLT_ERROR;
    }
    it->index += it->reverse ? -1 : 1;
    return x;
done:
    molt_decref(it->seq);
    it->seq = MOLT_NONE;
    return MOLT_EXHAUSTED;
}

MoltType MoltSeqIter_Type = {
    .ob = MOLT_STATIC_HEADER(&MoltType_Type),
    .tp_name = "iterator",
    .tp_basicsize = sizeof(MoltSeqIter),
    .tp_dealloc = seqiter_dealloc,
    .tp_base = &MoltBaseObject_Type,
    .tp_mro = MOLT_NONE,
    .tp_dict = MOLT_NONE,
    .tp_iter = self_iter,
    .tp_iternext = seqiter_next,
};

MoltType MoltReversed_Type = {
    .ob = MOLT_STATIC_HEADER(&MoltType_Type),
    .tp_name = "reversed",
    .tp_index = MOLT_TI_REVERSED,
    .tp_basicsize = sizeof(MoltSeqIter),
    .tp_dealloc = seqiter_dealloc,
    .tp_base = &MoltBaseObject_Type,
    .tp_mro = MOLT_NONE,
    .tp_dict = MOLT_NONE,
    .tp_iter = self_iter,
    .tp_iternext = seqiter_next,
};

MoltValue molt_seqiter_new(MoltValue seq) { return seqiter_new(&MoltSeqIter_Type, seq, 0, false); }

MoltValue molt_iter(MoltValue o) {
    MoltType *t = molt_type_of(o);
    if (t->tp_iter) {
        MoltValue it = t->tp_iter(o);
        if (it == MOLT_ERROR) return it;
        if (!molt_type_of(it)->tp_iternext) {
            molt_err_format(&MoltExc_TypeError, "iter() returned non-iterator of type '%s'",
                            molt_type_of(it)->tp_name);
            molt_decref(it);
            return MOLT_ERROR;
        }
        return it;
    }
    if (MOLT_TYPE_SLOT(t, molt_sq_item_slots, sequence, sq_item)) return seqiter_new(&MoltSeqIter_Type, o, 0, false);
    molt_err_format(&MoltExc_TypeError, "'%s' object is not iterable", t->tp_name);
    return MOLT_ERROR;
}

MoltValue molt_next(MoltValue it) {
    MoltType *t = molt_type_of(it);
    if (!t->tp_iternext) {
        molt_err_format(&MoltExc_TypeError, "'%s' object is not an iterator", t->tp_name);
        return MOLT_ERROR;
    }
    MoltValue x = t->tp_iternext(it);
    if (x == MOLT_ERROR && molt_err_matches(&MoltExc_StopIteration)) {
        molt_err_clear();
        return MOLT_EXHAUSTED;
    }
    return x;
}

MoltValue molt_next_builtin(MoltValue it, MoltValue dflt) {
    MoltType *t = molt_type_of(it);
    if (!t->tp_iternext) {
        molt_err_format(&MoltExc_TypeError, "'%s' object is not an iterator", t->tp_name);
        return MOLT_ERROR;
    }
    MoltValue x = t->tp_iternext(it);
    if (x == MOLT_EXHAUSTED || (x == MOLT_ERROR && dflt != MOLT_ERROR && molt_err_matches(&MoltExc_StopIteration))) {
        molt_err_clear();
        if (dflt != MOLT_ERROR) return molt_incref(dflt);
        MoltValue args = molt_tuple_new(0);
        if (args == MOLT_ERROR) return args;
        MoltValue e = molt_exc_new(&MoltExc_StopIteration, args);
        molt_decref(args);
        if (e == MOLT_ERROR) return e;
        molt_err_set_raised(e);
        return MOLT_ERROR;
    }
    return x;
}

/* ---- enumerate ---------------------------------------------------------------- */

typedef struct MoltEnumerate {
    MoltObject ob;
    MoltValue it;    /* owned */
    MoltValue index; /* owned int */
} MoltEnumerate;

MoltValue molt_enumerate_new(MoltValue iterable, MoltValue start) {
    if (!molt_is_intlike(start)) {
        molt_err_format(&MoltExc_TypeError, "'%s' object cannot be interpreted as an integer",
                        molt_type_of(start)->tp_name);
        return MOLT_ERROR;
    }
    MoltValue it = molt_iter(iterable);
    if (it == MOLT_ERROR) return it;
    MoltEnumerate *e = molt_alloc_fixed(&MoltEnumerate_Type);
    if (!e) {
        molt_decref(it);
        return MOLT_ERROR;
    }
    e->it = it;
    e->index = molt_is_bool(start) ? molt_from_smallint(molt_as_bool(start)) : molt_incref(start);
    return molt_from_ptr(e);
}

static void enumerate_dealloc(MoltObject *o) {
    MoltEnumerate *e = (MoltEnumerate *)o;
    molt_decref(e->it);
    molt_decref(e->index);
    molt_free_fixed(o);
}

static MoltValue enumerate_next(MoltValue v) {
    MoltEnumerate *e = (MoltEnumerate *)molt_as_ptr(v);
    MoltValue x = molt_next(e->it);
    if (x == MOLT_EXHAUSTED || x == MOLT_ERROR) return x;
    MoltValue i = e->index;
    MoltValue n = molt_add(i, molt_from_smallint(1));
    if (n == MOLT_ERROR) {
        molt_decref(x);
        return n;
    }
    e->index = n;
    return molt_tuple_pack2(i, x);
}

MoltType MoltEnumerate_Type = {
    .ob = MOLT_STATIC_HEADER(&MoltType_Type),
    .tp_name = "enumerate",
    .tp_index = MOLT_TI_ENUMERATE,
    .tp_basicsize = sizeof(MoltEnumerate),
    .tp_dealloc = enumerate_dealloc,
    .tp_base = &MoltBaseObject_Type,
    .tp_mro = MOLT_NONE,
    .tp_dict = MOLT_NONE,
    .tp_iter = self_iter,
    .tp_iternext = enumerate_next,
};

/* ---- zip / map ------------------------------------------------------------------ */

typedef struct MoltMultiIter {
    MoltObject ob;
    MoltValue func;  /* map: the function (owned); zip: MOLT_NONE */
    bool strict;
    size_t n;
    MoltValue its[]; /* owned iterators */
} MoltMultiIter;

static MoltValue multi_new(MoltType *t, MoltValue func, const MoltValue *iterables, size_t n, bool strict) {
    MoltMultiIter *m = molt_alloc_object(t, sizeof(MoltMultiIter) + n * sizeof(MoltValue));
    if (!m) return MOLT_ERROR;
    m->func = molt_incref(func);
    m->strict = strict;
    m->n = 0;
    for (size_t i = 0; i < n; i++) {
        MoltValue it = molt_iter(iterables[i]);
        if (it == MOLT_ERROR) {
            molt_decref(molt_from_ptr(m));
            return MOLT_ERROR;
        }
        m->its[m->n++] = it;
    }
    return molt_from_ptr(m);
}

static void multi_dealloc(MoltObject *o) {
    MoltMultiIter *m = (MoltMultiIter *)o;
    molt_decref(m->func);
    for (size_t i = 0; i < m->n; i++) molt_decref(m->its[i]);
    molt_free_object(o);
}

MoltValue molt_zip_new(const MoltValue *iterables, size_t n, bool strict) {
    return multi_new(&MoltZip_Type, MOLT_NONE, iterables, n, strict);
}

MoltValue molt_map_new(MoltValue func, const MoltValue *iterables, size_t n) {
    return multi_new(&MoltMap_Type, func, iterables, n, false);
}

/* Fills items[0..n) from each iterator; MOLT_EXHAUSTED/MOLT_ERROR when one stops. */
static MoltValue multi_step(MoltMultiIter *m, MoltValue *items) {
    for (size_t i = 0; i < m->n; i++) {
        MoltValue x = molt_next(m->its[i]);
        if (x == MOLT_EXHAUSTED || x == MOLT_ERROR) {
            for (size_t j = 0; j < i; j++) molt_decref(items[j]);
            if (x == MOLT_ERROR || !m->strict) return x;
            /* zip(strict=True): every iterator must stop at the same time. */
            if (i > 0) {
                molt_err_format(&MoltExc_ValueError, "zip() argument %zu is shorter than argument%s%zu", i + 1,
                                i == 1 ? " " : "s 1-", i);
                return MOLT_ERROR;
            }
            for (size_t j = 1; j < m->n; j++) {
                MoltValue y = molt_next(m->its[j]);
                if (y == MOLT_ERROR) return y;
                if (y != MOLT_EXHAUSTED) {
                    molt_decref(y);
                    molt_err_format(&MoltExc_ValueError, "zip() argument %zu is longer than argument%s%zu", j + 1,
                                    j == 1 ? " " : "s 1-", j);
                    return MOLT_ERROR;
                }
            }
            return MOLT_EXHAUSTED;
        }
        items[i] = x;
    }
    return MOLT_NONE;
}

static MoltValue zip_next(MoltValue v) {
    MoltMultiIter *m = (MoltMultiIter *)molt_as_ptr(v);
    if (m->n == 0) return MOLT_EXHAUSTED;
    MoltValue t = molt_tuple_new((int64_t)m->n);
    if (t == MOLT_ERROR) return t;
    MoltTuple *tp = (MoltTuple *)molt_as_ptr(t);
    MoltValue r = multi_step(m, tp->items);
    if (r != MOLT_NONE) {
        for (size_t i = 0; i < m->n; i++) tp->items[i] = MOLT_NONE;
        molt_decref(t);
        return r;
    }
    return t;
}

static MoltValue map_next(MoltValue v) {
    MoltMultiIter *m = (MoltMultiIter *)molt_as_ptr(v);
    MoltValue small[8];
    MoltValue *items = m->n <= 8 ? small : malloc(m->n * sizeof(MoltValue));
    if (!items) return molt_err_nomemory();
    MoltValue r = multi_step(m, items);
    if (r == MOLT_NONE) {
        r = molt_call(m->func, items, m->n, 0);
        for (size_t i = 0; i < m->n; i++) molt_decref(items[i]);
    }
    if (items != small) free(items);
    return r;
}

MoltType MoltZip_Type = {
    .ob = MOLT_STATIC_HEADER(&MoltType_Type),
    .tp_name = "zip",
    .tp_index = MOLT_TI_ZIP,
    .tp_basicsize = sizeof(MoltMultiIter),
    .tp_dealloc = multi_dealloc,
    .tp_base = &MoltBaseObject_Type,
    .tp_mro = MOLT_NONE,
    .tp_dict = MOLT_NONE,
    .tp_iter = self_iter,
    .tp_iternext = zip_next,
};

MoltType MoltMap_Type = {
    .ob = MOLT_STATIC_HEADER(&MoltType_Type),
    .tp_name = "map",
    .tp_index = MOLT_TI_MAP,
    .tp_basicsize = sizeof(MoltMultiIter),
    .tp_dealloc = multi_dealloc,
    .tp_base = &MoltBaseObject_Type,
    .tp_mro = MOLT_NONE,
    .tp_dict = MOLT_NONE,
    .tp_iter = self_iter,
    .tp_iternext = map_next,
};

/* ---- filter ----------------------------------------------------------------- */

MoltValue molt_filter_new(MoltValue func, MoltValue iterable) {
    return multi_new(&MoltFilter_Type, func, &iterable, 1, false);
}

static MoltValue filter_next(MoltValue v) {
    MoltMultiIter *m = (MoltMultiIter *)molt_as_ptr(v);
    for (;;) {
        MoltValue x = molt_next(m->its[0]);
        if (x == MOLT_EXHAUSTED || x == MOLT_ERROR) return x;
        int ok;
        if (m->func == MOLT_NONE || m->func == molt_from_ptr(&MoltBool_Type)) {
            ok = molt_is_true(x);
        } else {
            MoltValue r = molt_call1(m->func, x);
            ok = r == MOLT_ERROR ? -1 : molt_is_true(r);
            molt_xdecref(r);
        }
        if (ok > 0) return x;
        molt_decref(x);
        if (ok < 0) return MOLT_ERROR;
    }
}

MoltType MoltFilter_Type = {
    .ob = MOLT_STATIC_HEADER(&MoltType_Type),
    .tp_name = "filter",
    .tp_index = MOLT_TI_FILTER,
    .tp_basicsize = sizeof(MoltMultiIter),
    .tp_dealloc = multi_dealloc,
    .tp_base = &MoltBaseObject_Type,
    .tp_mro = MOLT_NONE,
    .tp_dict = MOLT_NONE,
    .tp_iter = self_iter,
    .tp_iternext = filter_next,
};

/* ---- reversed ----------------------------------------------------------------- */

MoltValue molt_reversed_new(MoltValue seq) {
    if (molt_is_list(seq)) return molt_list_reversed(seq);
    MoltType *t = molt_type_of(seq);
    if (molt_is_range(seq)) return molt_range_reversed(seq);
    if (molt_is_dict(seq)) return molt_dict_reversed(seq, 0);
    if (t == &MoltDictKeys_Type || t == &MoltDictValues_Type || t == &MoltDictItems_Type)
        return molt_dict_reversed(*(MoltValue *)((char *)molt_as_ptr(seq) + sizeof(MoltObject)),
                                  t == &MoltDictKeys_Type ? 0 : t == &MoltDictValues_Type ? 1 : 2);
    if (t->tp_flags & MOLT_TPFLAG_HEAPTYPE) { /* __reversed__, else the sequence protocol */
        MoltValue r = molt_type_lookup(t, molt_dunder("__reversed__"));
        if (r != MOLT_ERROR && r != MOLT_NONE) {
            MoltValue m = molt_getattr(seq, molt_dunder("__reversed__"));
            if (m == MOLT_ERROR) return m;
            MoltValue it = molt_call0(m);
            molt_decref(m);
            return it;
        }
        if (r == MOLT_ERROR && molt_type_lookup(t, molt_dunder("__getitem__")) != MOLT_ERROR) {
            int64_t n = molt_len(seq);
            if (n < 0) return MOLT_ERROR;
            return seqiter_new(&MoltReversed_Type, seq, n - 1, true);
        }
    } else if (MOLT_TYPE_SLOT(t, molt_sq_item_slots, sequence, sq_item) &&
               MOLT_TYPE_SLOT(t, molt_sq_length_slots, sequence, sq_length)) {
        int64_t n = molt_len(seq);
        if (n < 0) return MOLT_ERROR;
        return seqiter_new(&MoltReversed_Type, seq, n - 1, true);
    }
    molt_err_format(&MoltExc_TypeError, "'%s' object is not reversible", t->tp_name);
    return MOLT_ERROR;
}

/* ---- iter(callable, sentinel) (Objects/iterobject.c calliterobject) ------------------- */

typedef struct MoltCallIter {
    MoltObject ob;
    MoltValue callable, sentinel; /* owned; MOLT_NONE both once exhausted */
} MoltCallIter;

static void calliter_dealloc(MoltObject *o) {
    MoltCallIter *it = (MoltCallIter *)o;
    molt_decref(it->callable);
    molt_decref(it->sentinel);
    molt_free_object(o);
}

static void calliter_clear(MoltCallIter *it) {
    molt_decref(it->callable);
    molt_decref(it->sentinel);
    it->callable = it->sentinel = MOLT_NONE;
}

static MoltValue calliter_next(MoltValue v) {
    MoltCallIter *it = (MoltCallIter *)molt_as_ptr(v);
    if (it->callable == MOLT_NONE) return MOLT_EXHAUSTED;
    MoltValue r = molt_call0(it->callable);
    if (r == MOLT_ERROR) {
        if (molt_err_matches(&MoltExc_StopIteration)) {
            molt_err_clear();
            calliter_clear(it);
            return MOLT_EXHAUSTED;
        }
        return MOLT_ERROR;
    }
    int eq = molt_richcompare_bool(it->sentinel, r, MOLT_EQ);
    if (eq == 0) return r;
    molt_decref(r);
    if (eq < 0) return MOLT_ERROR;
    calliter_clear(it);
    return MOLT_EXHAUSTED;
}

MoltType MoltCallIter_Type = {
    .ob = MOLT_STATIC_HEADER(&MoltType_Type),
    .tp_name = "callable_iterator",
    .tp_basicsize = sizeof(MoltCallIter),
    .tp_dealloc = calliter_dealloc,
    .tp_base = &MoltBaseObject_Type,
    .tp_mro = MOLT_NONE,
    .tp_dict = MOLT_NONE,
    .tp_iter = self_iter,
    .tp_iternext = calliter_next,
};

MoltValue molt_calliter_new(MoltValue callable, MoltValue sentinel) {
    if (!molt_is_callable(callable)) {
        molt_err_set(&MoltExc_TypeError, "iter(v, w): v must be callable");
        return MOLT_ERROR;
    }
    MoltCallIter *it = molt_alloc_object(&MoltCallIter_Type, sizeof(MoltCallIter));
    if (!it) return MOLT_ERROR;
    it->callable = molt_incref(callable);
    it->sentinel = molt_incref(sentinel);
    return molt_from_ptr(it);
}

/* ---- unpacking ------------------------------------------------------------------ */

int molt_unpack_sequence(MoltValue seq, MoltValue *out, size_t n) {
    if (molt_is_tuple(seq) || molt_is_list(seq)) {
        int64_t size = molt_len(seq);
        if ((size_t)size == n) {
            for (size_t i = 0; i < n; i++)
                out[i] = molt_incref(molt_is_tuple(seq) ? molt_tuple_get(seq, (int64_t)i)
                                                         : molt_list_get(seq, (int64_t)i));
            return 0;
        }
        if ((size_t)size < n)
            molt_err_format(&MoltExc_ValueError, "not enough values to unpack (expected %zu, got %lld)", n,
                            (long long)size);
        else
            molt_err_format(&MoltExc_ValueError, "too many values to unpack (expected %zu)", n);
        return -1;
    }
    MoltValue it = molt_iter(seq);
    if (it == MOLT_ERROR) {
        if (molt_err_matches(&MoltExc_TypeError)) {
            molt_err_clear();
            molt_err_format(&MoltExc_TypeError, "cannot unpack non-iterable %s object", molt_type_of(seq)->tp_name);
        }
        return -1;
    }
    size_t i = 0;
    for (; i < n; i++) {
        MoltValue x = molt_next(it);
        if (x == MOLT_EXHAUSTED || x == MOLT_ERROR) {
            if (x == MOLT_EXHAUSTED)
                molt_err_format(&MoltExc_ValueError, "not enough values to unpack (expected %zu, got %zu)", n, i);
            goto fail;
        }
        out[i] = x;
    }
    MoltValue extra = molt_next(it);
    if (extra == MOLT_EXHAUSTED) {
        molt_decref(it);
        return 0;
    }
    if (extra != MOLT_ERROR) {
        molt_decref(extra);
        molt_err_format(&MoltExc_ValueError, "too many values to unpack (expected %zu)", n);
    }
fail:
    for (size_t j = 0; j < i; j++) molt_decref(out[j]);
    molt_decref(it);
    return -1;
}
