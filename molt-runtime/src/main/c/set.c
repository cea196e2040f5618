/*
 * set.c — set and frozenset on CPython's set table (see molt/set.h).
 *
 * Source followed: CPython 3.12 Objects/setobject.c: set_add_entry (linear
 * probes, last dummy reused), set_insert_clean, set_table_resize, set_merge
 * (the direct-copy and insert-clean fast paths), set_update_internal (dict
 * fast path), set_intersection (iterates the smaller set), set_difference
 * (copy-and-discard when len(so) >> 2 > len(other)), set_symmetric_difference,
 * set_pop's finger, frozenset_hash, set_repr, set_richcompare. The set algebra is in set_ops.c.
 */
#include "molt/molt.h"
#include "slots.h"
#include "molt/method_defs.h"
#include "setimpl.h"

#include <stdlib.h>
#include <string.h>

#define SET_MINSIZE 8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5
#define EMPTY MOLT_ERROR
#define DUMMY MOLT_EXHAUSTED

MoltSet *molt_setimpl_as(MoltValue v) { return (MoltSet *)molt_as_ptr(v); }

bool molt_is_anyset(MoltValue v) {
    if (!molt_is_ptr(v)) return false;
    MoltType *t = molt_as_ptr(v)->type;
    return molt_type_is_subtype(t, &MoltSet_Type) || molt_type_is_subtype(t, &MoltFrozenSet_Type);
}
static bool is_frozen(MoltValue v) { return molt_type_is_subtype(molt_type_of(v), &MoltFrozenSet_Type); }
int64_t molt_set_size(MoltValue s) { return molt_setimpl_as(s)->used; }

static MoltSetEntry *table_new(int64_t size) {
    MoltSetEntry *t = malloc((size_t)size * sizeof(MoltSetEntry));
    if (!t) {
        molt_err_nomemory();
        return NULL;
    }
    for (int64_t i = 0; i < size; i++) {
        t[i].key = EMPTY;
        t[i].hash = 0;
    }
    return t;
}

static MoltValue make_set(MoltType *type) {
    MoltSet *s = molt_alloc_object(type, sizeof(MoltSet));
    if (!s) return MOLT_ERROR;
    s->fill = s->used = 0;
    s->mask = SET_MINSIZE - 1;
    s->finger = 0;
    s->hash = -1;
    s->table = table_new(SET_MINSIZE);
    if (!s->table) {
        molt_free_object(&s->ob);
        return MOLT_ERROR;
    }
    return molt_from_ptr(s);
}

static void set_dealloc(MoltObject *o) {
    MoltSet *s = (MoltSet *)o;
    for (int64_t i = 0; i <= s->mask; i++)
        if (s->table[i].key != EMPTY && s->table[i].key != DUMMY) molt_decref(s->table[i].key);
    free(s->table);
    molt_free_object(o);
}

bool molt_set_next(MoltValue sv, int64_t *pos, MoltValue *key) {
    MoltSet *s = molt_setimpl_as(sv);
    int64_t i = *pos;
    while (i <= s->mask && (s->table[i].key == EMPTY || s->table[i].key == DUMMY)) i++;
    *pos = i + 1;
    if (i > s->mask) return false;
    *key = s->table[i].key;
    return true;
}

static void insert_clean(MoltSetEntry *table, uint64_t mask, MoltValue key, MoltHash hash) {
    uint64_t perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    MoltSetEntry *e;
    for (;;) {
        e = &table[i];
        if (e->key == EMPTY) break;
        if (i + LINEAR_PROBES <= mask) {
            int j;
            for (j = 0; j < LINEAR_PROBES; j++) {
                e++;
                if (e->key == EMPTY) break;
            }
            if (j < LINEAR_PROBES) break;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
    e->key = key;
    e->hash = hash;
}

int molt_setimpl_resize(MoltSet *s, int64_t minused) {
    int64_t newsize = SET_MINSIZE;
    while (newsize <= minused) newsize <<= 1;
    MoltSetEntry *old = s->table, *nt = table_new(newsize);
    if (!nt) return -1;
    int64_t oldmask = s->mask;
    s->mask = newsize - 1;
    s->table = nt;
    s->fill = s->used;
    for (int64_t i = 0; i <= oldmask; i++)
        if (old[i].key != EMPTY && old[i].key != DUMMY) insert_clean(nt, (uint64_t)s->mask, old[i].key, old[i].hash);
    free(old);
    return 0;
}

/* set_add_entry; steals `key` (also on failure). */
int molt_setimpl_add_entry(MoltSet *s, MoltValue key, MoltHash hash) {
restart:;
    uint64_t mask = (uint64_t)s->mask, perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    MoltSetEntry *freeslot = NULL, *e;
    for (;;) {
        e = &s->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (e->hash == 0 && e->key == EMPTY) goto found_unused_or_dummy;
            if (e->hash == hash) {
                MoltValue startkey = e->key;
                if (startkey == key) goto found_active;
                MoltSetEntry *table = s->table;
                molt_incref(startkey);
                int cmp = molt_richcompare_bool(startkey, key, MOLT_EQ);
                molt_decref(startkey);
                if (cmp > 0) goto found_active;
                if (cmp < 0) {
                    molt_decref(key);
                    return -1;
                }
                if (table != s->table || e->key != startkey) goto restart;
                mask = (uint64_t)s->mask;
            } else if (e->hash == -1 && e->key == DUMMY) {
                freeslot = e;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot) {
        s->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    s->fill++;
    s->used++;
    e->key = key;
    e->hash = hash;
    if ((uint64_t)s->fill * 5 < mask * 3) return 0;
    return molt_setimpl_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
found_active:
    molt_decref(key);
    return 0;
}

/* set_lookkey: the entry holding key, or the empty entry ending the search; NULL on error. */
static MoltSetEntry *lookkey(MoltSet *s, MoltValue key, MoltHash hash) {
    uint64_t mask = (uint64_t)s->mask, perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    for (;;) {
        MoltSetEntry *e = &s->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (e->hash == 0 && e->key == EMPTY) return e;
            if (e->hash == hash && e->key != DUMMY) {
                MoltValue startkey = e->key;
                if (startkey == key) return e;
                MoltSetEntry *table = s->table;
                molt_incref(startkey);
                int cmp = molt_richcompare_bool(startkey, key, MOLT_EQ);
                molt_decref(startkey);
                if (cmp < 0) return NULL;
                if (table != s->table || e->key != startkey) return lookkey(s, key, hash);
                if (cmp > 0) return e;
                mask = (uint64_t)s->mask;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

int molt_setimpl_contains_entry(MoltSet *s, MoltValue key, MoltHash hash) {
    MoltSetEntry *e = lookkey(s, key, hash);
    if (!e) return -1;
    return e->key != EMPTY;
}

int molt_setimpl_discard_entry(MoltSet *s, MoltValue key, MoltHash hash) {
    MoltSetEntry *e = lookkey(s, key, hash);
    if (!e) return -1;
    if (e->key == EMPTY) return 0;
    MoltValue old = e->key;
    e->key = DUMMY;
    e->hash = -1;
    s->used--;
    molt_decref(old);
    return 1;
}

/* A set key that is itself a set is looked up as a frozenset (set_contains). */
static int with_frozen_key(MoltValue key, int (*op)(MoltSet *, MoltValue, MoltHash), MoltSet *s) {
    MoltHash h = molt_hash(key);
    if (h != -1) return op(s, key, h);
    if (!molt_is_anyset(key) || !molt_err_matches(&MoltExc_TypeError)) return -1;
    molt_err_clear();
    MoltValue fk = molt_frozenset_new(key);
    if (fk == MOLT_ERROR) return -1;
    h = molt_hash(fk);
    int r = h == -1 ? -1 : op(s, fk, h);
    molt_decref(fk);
    return r;
}

int molt_set_add(MoltValue sv, MoltValue key) {
    MoltHash h = molt_hash(key);
    if (h == -1) return -1;
    return molt_setimpl_add_entry(molt_setimpl_as(sv), molt_incref(key), h);
}

int molt_set_contains(MoltValue sv, MoltValue key) { return with_frozen_key(key, molt_setimpl_contains_entry, molt_setimpl_as(sv)); }
int molt_set_discard(MoltValue sv, MoltValue key) { return with_frozen_key(key, molt_setimpl_discard_entry, molt_setimpl_as(sv)); }

MoltValue molt_set_remove(MoltValue sv, MoltValue key) {
    int r = molt_set_discard(sv, key);
    if (r < 0) return MOLT_ERROR;
    if (r == 0) {
        molt_err_set_object(&MoltExc_KeyError, key);
        return MOLT_ERROR;
    }
    return MOLT_NONE;
}

MoltValue molt_set_pop(MoltValue sv) {
    MoltSet *s = molt_setimpl_as(sv);
    if (s->used == 0) {
        molt_err_set(&MoltExc_KeyError, "pop from an empty set");
        return MOLT_ERROR;
    }
    MoltSetEntry *e = s->table + (s->finger & s->mask), *limit = s->table + s->mask;
    while (e->key == EMPTY || e->key == DUMMY) {
        e++;
        if (e > limit) e = s->table;
    }
    MoltValue key = e->key;
    e->key = DUMMY;
    e->hash = -1;
    s->used--;
    s->finger = e - s->table + 1;
    return key;
}

MoltValue molt_set_clear(MoltValue sv) {
    MoltSet *s = molt_setimpl_as(sv);
    MoltSetEntry *old = s->table, *nt = table_new(SET_MINSIZE);
    if (!nt) return MOLT_ERROR;
    int64_t oldmask = s->mask;
    s->table = nt;
    s->mask = SET_MINSIZE - 1;
    s->fill = s->used = 0;
    s->hash = -1;
    for (int64_t i = 0; i <= oldmask; i++)
        if (old[i].key != EMPTY && old[i].key != DUMMY) molt_decref(old[i].key);
    free(old);
    return MOLT_NONE;
}

static int set_merge(MoltSet *s, MoltSet *o) {
    if (o == s || o->used == 0) return 0;
    if ((s->fill + o->used) * 5 >= s->mask * 3 && molt_setimpl_resize(s, (s->used + o->used) * 2) < 0) return -1;
    if (s->fill == 0 && s->mask == o->mask && o->fill == o->used) {
        for (int64_t i = 0; i <= o->mask; i++)
            if (o->table[i].key != EMPTY) {
                s->table[i].key = molt_incref(o->table[i].key);
                s->table[i].hash = o->table[i].hash;
            }
        s->fill = o->fill;
        s->used = o->used;
        return 0;
    }
    if (s->fill == 0) {
        s->fill = s->used = o->used;
        for (int64_t i = 0; i <= o->mask; i++) {
            MoltValue k = o->table[i].key;
            if (k != EMPTY && k != DUMMY) insert_clean(s->table, (uint64_t)s->mask, molt_incref(k), o->table[i].hash);
        }
        return 0;
    }
    for (int64_t i = 0; i <= o->mask; i++) {
        MoltValue k = o->table[i].key;
        if (k != EMPTY && k != DUMMY && molt_setimpl_add_entry(s, molt_incref(k), o->table[i].hash) < 0) return -1;
    }
    return 0;
}

int molt_set_update(MoltValue sv, MoltValue other) {
    MoltSet *s = molt_setimpl_as(sv);
    if (molt_is_anyset(other)) return set_merge(s, molt_setimpl_as(other));
    if (molt_is_dict(other) && molt_type_of(other) == &MoltDict_Type) {
        MoltDict *d = (MoltDict *)molt_as_ptr(other);
        if ((s->fill + d->used) * 5 >= s->mask * 3 && molt_setimpl_resize(s, (s->used + d->used) * 2) < 0) return -1;
        for (int64_t i = 0; i < d->nentries; i++)
            if (d->entries[i].key != MOLT_ERROR &&
                molt_setimpl_add_entry(s, molt_incref(d->entries[i].key), d->entries[i].hash) < 0)
                return -1;
        return 0;
    }
    MoltValue it = molt_iter(other);
    if (it == MOLT_ERROR) return -1;
    for (;;) {
        MoltValue k = molt_next(it);
        if (k == MOLT_EXHAUSTED) break;
        int rc = k == MOLT_ERROR ? -1 : molt_set_add(sv, k);
        molt_xdecref(k);
        if (rc < 0) {
            molt_decref(it);
            return -1;
        }
    }
    molt_decref(it);
    return 0;
}

static MoltValue make_new_set(MoltType *type, MoltValue iterable) {
    MoltValue s = make_set(type);
    if (s == MOLT_ERROR || iterable == MOLT_NONE) return s;
    if (molt_set_update(s, iterable) < 0) {
        molt_decref(s);
        return MOLT_ERROR;
    }
    return s;
}

/* make_new_set_basetype */
MoltValue molt_setimpl_new_like(MoltValue so, MoltValue iterable) {
    return make_new_set(is_frozen(so) ? &MoltFrozenSet_Type : &MoltSet_Type, iterable);
}

MoltValue molt_set_new(MoltValue iterable) { return make_new_set(&MoltSet_Type, iterable); }
MoltValue molt_frozenset_new(MoltValue iterable) {
    if (iterable != MOLT_NONE && molt_is_ptr(iterable) && molt_as_ptr(iterable)->type == &MoltFrozenSet_Type)
        return molt_incref(iterable);
    return make_new_set(&MoltFrozenSet_Type, iterable);
}

MoltValue molt_set_from_array(const MoltValue *items, int64_t n) {
    MoltValue s = molt_set_new(MOLT_NONE);
    if (s == MOLT_ERROR) return s;
    for (int64_t i = 0; i < n; i++)
        if (molt_set_add(s, items[i]) < 0) {
            molt_decref(s);
            return MOLT_ERROR;
        }
    return s;
}

MoltValue molt_set_copy(MoltValue so) { return molt_setimpl_new_like(so, so); }

static MoltValue set_richcompare(MoltValue v, MoltValue w, int op) {
    if (!molt_is_anyset(w)) return MOLT_NOTIMPLEMENTED;
    MoltSet *a = molt_setimpl_as(v), *b = molt_setimpl_as(w);
    int r;
    switch (op) {
    case MOLT_EQ:
    case MOLT_NE:
        if (a->used != b->used) r = 0;
        else if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) r = 0;
        else r = molt_setimpl_issubset(v, w);
        if (r < 0) return MOLT_ERROR;
        return molt_from_bool(op == MOLT_EQ ? r : !r);
    case MOLT_LE: return molt_setimpl_bool(molt_setimpl_issubset(v, w));
    case MOLT_GE: return molt_setimpl_bool(molt_setimpl_issuperset(v, w));
    case MOLT_LT: return a->used >= b->used ? MOLT_FALSE : molt_setimpl_bool(molt_setimpl_issubset(v, w));
    default: return a->used <= b->used ? MOLT_FALSE : molt_setimpl_bool(molt_setimpl_issuperset(v, w));
    }
}

static uint64_t shuffle_bits(uint64_t h) { return ((h ^ UINT64_C(89869747)) ^ (h << 16)) * UINT64_C(3644798167); }

static MoltHash frozenset_hash(MoltValue v) {
    MoltSet *s = molt_setimpl_as(v);
    if (s->hash != -1) return s->hash;
    uint64_t hash = 0;
    for (int64_t i = 0; i <= s->mask; i++) hash ^= shuffle_bits((uint64_t)s->table[i].hash);
    if ((s->mask + 1 - s->fill) & 1) hash ^= shuffle_bits(0);
    if ((s->fill - s->used) & 1) hash ^= shuffle_bits(UINT64_MAX);
    hash ^= ((uint64_t)s->used + 1) * UINT64_C(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + UINT64_C(907133923);
    if (hash == UINT64_MAX) hash = 590923713U;
    s->hash = (MoltHash)hash;
    return s->hash;
}

static MoltValue set_repr(MoltValue v) {
    MoltSet *s = molt_setimpl_as(v);
    const char *name = molt_type_of(v)->tp_name;
    bool plain = molt_type_of(v) == &MoltSet_Type;
    int k = molt_repr_enter(v);
    if (k < 0) return MOLT_ERROR;
    MoltStrBuf b;
    molt_strbuf_init(&b);
    if (k > 0) {
        molt_strbuf_append_cstr(&b, name);
        molt_strbuf_append_cstr(&b, "(...)");
        return molt_strbuf_finish(&b);
    }
    if (s->used == 0) {
        molt_repr_leave(v);
        molt_strbuf_append_cstr(&b, name);
        molt_strbuf_append_cstr(&b, "()");
        return molt_strbuf_finish(&b);
    }
    if (!plain) {
        molt_strbuf_append_cstr(&b, name);
        molt_strbuf_append_char(&b, '(');
    }
    molt_strbuf_append_char(&b, '{');
    MoltValue keys = molt_list_from_iterable(v);
    if (keys == MOLT_ERROR) goto fail;
    for (int64_t i = 0; i < molt_list_size(keys); i++) {
        if (i) molt_strbuf_append(&b, ", ", 2);
        MoltValue r = molt_repr(molt_list_get(keys, i));
        if (r == MOLT_ERROR) {
            molt_decref(keys);
            goto fail;
        }
        molt_strbuf_append_str(&b, r);
        molt_decref(r);
    }
    molt_decref(keys);
    molt_strbuf_append_char(&b, '}');
    if (!plain) molt_strbuf_append_char(&b, ')');
    molt_repr_leave(v);
    return molt_strbuf_finish(&b);
fail:
    molt_repr_leave(v);
    molt_strbuf_release(&b);
    return MOLT_ERROR;
}

/* ---- iterator --------------------------------------------------------------------------- */

typedef struct MoltSetIter {
    MoltObject ob;
    MoltValue set; /* owned; MOLT_NONE when exhausted */
    int64_t pos, used;
} MoltSetIter;

static MoltValue set_iter(MoltValue v) {
    MoltSetIter *it = molt_alloc_fixed(&MoltSetIter_Type);
    if (!it) return MOLT_ERROR;
    it->set = molt_incref(v);
    it->pos = 0;
    it->used = molt_setimpl_as(v)->used;
    return molt_from_ptr(it);
}

static void setiter_dealloc(MoltObject *o) {
    molt_decref(((MoltSetIter *)o)->set);
    molt_free_fixed(o);
}

static MoltValue setiter_next(MoltValue v) {
    MoltSetIter *it = (MoltSetIter *)molt_as_ptr(v);
    if (it->set == MOLT_NONE) return MOLT_EXHAUSTED;
    if (it->used != molt_setimpl_as(it->set)->used) {
        molt_err_set(&MoltExc_RuntimeError, "Set changed size during iteration");
        it->used = -1;
        return MOLT_ERROR;
    }
    MoltValue k;
    if (molt_set_next(it->set, &it->pos, &k)) return molt_incref(k);
    molt_decref(it->set);
    it->set = MOLT_NONE;
    return MOLT_EXHAUSTED;
}

static MoltValue self_iter(MoltValue v) { return molt_incref(v); }
int64_t set_sq_length(MoltValue v) { return molt_setimpl_as(v)->used; }
int set_sq_contains(MoltValue v, MoltValue k) { return molt_set_contains(v, k); }

MoltType MoltSet_Type = {
    .ob = MOLT_STATIC_HEADER(&MoltType_Type),
    .tp_name = "set",
    .tp_methods = molt_methods_set,
    .tp_basicsize = sizeof(MoltSet),
    .tp_dealloc = set_dealloc,
    .tp_repr = set_repr,
    .tp_richcompare = set_richcompare,
    .tp_index = MOLT_TI_SET,
    .tp_base = &MoltBaseObject_Type,
    .tp_mro = MOLT_NONE,
    .tp_dict = MOLT_NONE,
    .tp_iter = set_iter,
};

MoltType MoltFrozenSet_Type = {
    .ob = MOLT_STATIC_HEADER(&MoltType_Type),
    .tp_name = "frozenset",
    .tp_methods = molt_methods_frozenset,
    .tp_basicsize = sizeof(MoltSet),
    .tp_dealloc = set_dealloc,
    .tp_repr = set_repr,
    .tp_hash = frozenset_hash,
    .tp_richcompare = set_richcompare,
    .tp_index = MOLT_TI_FROZENSET,
    .tp_base = &MoltBaseObject_Type,
    .tp_mro = MOLT_NONE,
    .tp_dict = MOLT_NONE,
    .tp_iter = set_iter,
};

MoltType MoltSetIter_Type = {
    .ob = MOLT_STATIC_HEADER(&MoltType_Type),
    .tp_name = "set_iterator",
    .tp_basicsize = sizeof(MoltSetIter),
    .tp_dealloc = setiter_dealloc,
    .tp_base = &MoltBaseObject_Type,
    .tp_mro = MOLT_NONE,
    .tp_dict = MOLT_NONE,
    .tp_iter = self_iter,
    .tp_iternext = setiter_next,
};
