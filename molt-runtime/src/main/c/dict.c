/*
 * dict.c — the dict type (compact ordered layout), its methods, views and
 * iterators.
 *
 * Source followed: CPython 3.12 Objects/dictobject.c (lookdict probing with
 * PERTURB_SHIFT 5, USABLE_FRACTION 2/3, GROWTH_RATE used*3, dict_repr,
 * dict_richcompare, dict_merge/dict_update_arg messages, popitem LIFO).
 */
#include "molt/molt.h"
#include "slots.h"
#include "molt/method_defs.h"

#include <stdlib.h>
#include <string.h>

#define DICT_MINSIZE 8
#define PERTURB_SHIFT 5
#define IX_EMPTY (-1)
#define IX_DUMMY (-2)

static MoltDict *as_dict(MoltValue v) { return (MoltDict *)molt_as_ptr(v); }
bool molt_is_dict(MoltValue v) { return molt_is_ptr(v) && molt_type_is_subtype(molt_as_ptr(v)->type, &MoltDict_Type); }
int64_t molt_dict_size(MoltValue d) { return as_dict(d)->used; }

static int dict_alloc_tables(MoltDict *d, int64_t size) {
    int64_t usable = size * 2 / 3;
    int64_t *ix = malloc((size_t)size * sizeof(int64_t));
    MoltDictEntry *e = malloc((size_t)usable * sizeof(MoltDictEntry));
    if (!ix || !e) {
        free(ix);
        free(e);
        molt_err_nomemory();
        return -1;
    }
    for (int64_t i = 0; i < size; i++) ix[i] = IX_EMPTY;
    d->indices = ix;
    d->entries = e;
    d->mask = size - 1;
    d->usable = usable;
    d->nentries = 0;
    return 0;
}

MoltValue molt_dict_new(void) {
    MoltDict *d = molt_alloc_object(&MoltDict_Type, sizeof(MoltDict));
    if (!d) return MOLT_ERROR;
    d->used = 0;
    if (dict_alloc_tables(d, DICT_MINSIZE) < 0) {
        molt_free_object(&d->ob);
        return MOLT_ERROR;
    }
    return molt_from_ptr(d);
}

static void dict_dealloc(MoltObject *o) {
    MoltDict *d = (MoltDict *)o;
    for (int64_t i = 0; i < d->nentries; i++)
        if (d->entries[i].key != MOLT_ERROR) {
            molt_decref(d->entries[i].key);
            molt_decref(d->entries[i].value);
        }
    free(d->indices);
    free(d->entries);
    molt_free_object(o);
}

/* Index slot for a new entry with this hash (first empty slot; the key is absent). */
static int64_t find_empty_slot(MoltDict *d, MoltHash hash) {
    uint64_t mask = (uint64_t)d->mask, perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    while (d->indices[i] >= 0 || d->indices[i] == IX_DUMMY) {
        perturb >>= PERTURB_SHIFT;
        i = mask & (i * 5 + perturb + 1);
    }
    return (int64_t)i;
}

/* The entry index of key, -1 if absent, -2 on error. *slot gets the index-table slot. */
static int64_t dict_find(MoltDict *d, MoltValue key, MoltHash hash, int64_t *slot) {
    uint64_t mask = (uint64_t)d->mask, perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    for (;;) {
        int64_t ix = d->indices[i];
        if (ix == IX_EMPTY) return -1;
        if (ix >= 0) {
            MoltDictEntry *e = &d->entries[ix];
            if (e->key == key) {
                *slot = (int64_t)i;
                return ix;
            }
            if (e->hash == hash) {
                MoltValue k = molt_incref(e->key);
                MoltDictEntry *before = d->entries;
                int c = molt_richcompare_bool(k, key, MOLT_EQ);
                molt_decref(k);
                if (c < 0) return -2;
                if (before != d->entries || d->entries[ix].key != k) return dict_find(d, key, hash, slot);
                if (c > 0) {
                    *slot = (int64_t)i;
                    return ix;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = mask & (i * 5 + perturb + 1);
    }
}

static int dict_resize(MoltDict *d, int64_t minused) {
    int64_t size = DICT_MINSIZE;
    while (size * 2 / 3 < minused + 1 || size < minused) size <<= 1;
    int64_t *oldix = d->indices;
    MoltDictEntry *old = d->entries;
    int64_t n = d->nentries;
    if (dict_alloc_tables(d, size) < 0) {
        d->indices = oldix;
        d->entries = old;
        return -1;
    }
    int64_t k = 0;
    for (int64_t i = 0; i < n; i++) {
        if (old[i].key == MOLT_ERROR) continue;
        d->entries[k] = old[i];
        d->indices[find_empty_slot(d, old[i].hash)] = k;
        k++;
    }
    d->nentries = k;
    free(oldix);
    free(old);
    return 0;
}

/* Insert with known hash; steals key and value. */
static int dict_insert(MoltDict *d, MoltValue key, MoltHash hash, MoltValue value) {
    int64_t slot;
    int64_t ix = dict_find(d, key, hash, &slot);
    if (ix == -2) goto fail;
    if (ix >= 0) {
        MoltValue old = d->entries[ix].value;
        d->entries[ix].value = value;
        molt_decref(old);
        molt_decref(key);
        return 0;
    }
    if (d->nentries >= d->usable && dict_resize(d, d->used * 3) < 0) goto fail;
    int64_t n = d->nentries++;
    d->entries[n].hash = hash;
    d->entries[n].key = key;
    d->entries[n].value = value;
    d->indices[find_empty_slot(d, hash)] = n;
    d->used++;
    return 0;
fail:
    molt_decref(key);
    molt_decref(value);
    return -1;
}

int molt_dict_setitem(MoltValue dv, MoltValue key, MoltValue value) {
    MoltHash h = molt_hash(key);
    if (h == -1) return -1;
    return dict_insert(as_dict(dv), molt_incref(key), h, molt_incref(value));
}

MoltValue molt_dict_lookup(MoltValue dv, MoltValue key) {
    MoltHash h = molt_hash(key);
    if (h == -1) return MOLT_ERROR;
    int64_t slot;
    int64_t ix = dict_find(as_dict(dv), key, h, &slot);
    return ix < 0 ? MOLT_ERROR : as_dict(dv)->entries[ix].value;
}

MoltValue molt_dict_lookup_cstr(MoltValue dv, const char *key) {
    MoltValue k = molt_str_from_cstr(key);
    if (k == MOLT_ERROR) return k;
    MoltValue v = molt_dict_lookup(dv, k);
    molt_decref(k);
    return v;
}

int molt_dict_contains(MoltValue dv, MoltValue key) {
    MoltValue v = molt_dict_lookup(dv, key);
    if (v == MOLT_ERROR) return molt_err_occurred() ? -1 : 0;
    return 1;
}

MoltValue molt_dict_getitem(MoltValue dv, MoltValue key) {
    MoltValue v = molt_dict_lookup(dv, key);
    if (v != MOLT_ERROR) return molt_incref(v);
    if (!molt_err_occurred()) molt_err_set_object(&MoltExc_KeyError, key);
    return MOLT_ERROR;
}

/* Removes entry ix (found at index slot); returns its key and value (owned). */
static void dict_remove(MoltDict *d, int64_t ix, int64_t slot, MoltValue *key, MoltValue *value) {
    d->indices[slot] = IX_DUMMY;
    *key = d->entries[ix].key;
    *value = d->entries[ix].value;
    d->entries[ix].key = MOLT_ERROR;
    d->entries[ix].value = MOLT_NONE;
    d->used--;
}

static int dict_pop_known(MoltValue dv, MoltValue key, MoltValue *out) {
    MoltHash h = molt_hash(key);
    if (h == -1) return -1;
    int64_t slot;
    int64_t ix = dict_find(as_dict(dv), key, h, &slot);
    if (ix == -2) return -1;
    if (ix == -1) return 0;
    MoltValue k;
    dict_remove(as_dict(dv), ix, slot, &k, out);
    molt_decref(k);
    return 1;
}

int molt_dict_delitem(MoltValue dv, MoltValue key) {
    MoltValue v;
    int k = dict_pop_known(dv, key, &v);
    if (k < 0) return -1;
    if (k == 0) {
        molt_err_set_object(&MoltExc_KeyError, key);
        return -1;
    }
    molt_decref(v);
    return 0;
}

bool molt_dict_next(MoltValue dv, int64_t *pos, MoltValue *key, MoltValue *value) {
    MoltDict *d = as_dict(dv);
    int64_t i = *pos;
    while (i < d->nentries && d->entries[i].key == MOLT_ERROR) i++;
    if (i >= d->nentries) return false;
    *key = d->entries[i].key;
    *value = d->entries[i].value;
    *pos = i + 1;
    return true;
}

MoltValue molt_dict_from_pairs(const MoltValue *kv, int64_t n) {
    MoltValue d = molt_dict_new();
    if (d == MOLT_ERROR) return d;
    for (int64_t i = 0; i < n; i++)
        if (molt_dict_setitem(d, kv[2 * i], kv[2 * i + 1]) < 0) {
            molt_decref(d);
            return MOLT_ERROR;
        }
    return d;
}

int molt_dict_merge(MoltValue dv, MoltValue other, const char *fname) {
    if (!molt_is_dict(other)) {
        molt_err_format(&MoltExc_TypeError, "'%s' object is not a mapping", molt_type_of(other)->tp_name);
        return -1;
    }
    MoltDict *o = as_dict(other);
    for (int64_t i = 0; i < o->nentries; i++) {
        MoltDictEntry *e = &o->entries[i];
        if (e->key == MOLT_ERROR) continue;
        if (fname) {
            int64_t slot;
            int64_t ix = dict_find(as_dict(dv), e->key, e->hash, &slot);
            if (ix == -2) return -1;
            if (ix >= 0) {
                if (molt_is_str(e->key))
                    molt_err_format(&MoltExc_TypeError, "%s got multiple values for keyword argument '%s'", fname,
                                    molt_str_data(e->key));
                else
                    molt_err_format(&MoltExc_TypeError, "%s keywords must be strings", fname);
                return -1;
            }
        }
        if (dict_insert(as_dict(dv), molt_incref(e->key), e->hash, molt_incref(e->value)) < 0) return -1;
    }
    return 0;
}

int molt_dict_update(MoltValue dv, MoltValue other) {
    if (molt_is_dict(other)) return molt_dict_merge(dv, other, NULL);
    MoltValue it = molt_iter(other);
    if (it == MOLT_ERROR) return -1;
    for (int64_t n = 0;; n++) {
        MoltValue item = molt_next(it);
        if (item == MOLT_EXHAUSTED) break;
        if (item == MOLT_ERROR) goto fail;
        MoltValue pair[2];
        MoltValue sub = molt_iter(item);
        if (sub == MOLT_ERROR) {
            molt_decref(item);
            if (molt_err_matches(&MoltExc_TypeError)) {
                molt_err_clear();
                molt_err_format(&MoltExc_TypeError,
                                "cannot convert dictionary update sequence element #%lld to a sequence", (long long)n);
            }
            goto fail;
        }
        molt_decref(sub);
        MoltValue seq = molt_list_from_iterable(item);
        molt_decref(item);
        if (seq == MOLT_ERROR) goto fail;
        if (molt_list_size(seq) != 2) {
            molt_err_format(&MoltExc_ValueError, "dictionary update sequence element #%lld has length %lld; 2 is required",
                            (long long)n, (long long)molt_list_size(seq));
            molt_decref(seq);
            goto fail;
        }
        pair[0] = molt_list_get(seq, 0);
        pair[1] = molt_list_get(seq, 1);
        int rc = molt_dict_setitem(dv, pair[0], pair[1]);
        molt_decref(seq);
        if (rc < 0) goto fail;
    }
    molt_decref(it);
    return 0;
fail:
    molt_decref(it);
    return -1;
}

/* ---- methods ------------------------------------------------------------------- */

MoltValue molt_dict_get(MoltValue dv, MoltValue key, MoltValue dflt) {
    MoltValue v = molt_dict_lookup(dv, key);
    if (v != MOLT_ERROR) return molt_incref(v);
    return molt_err_occurred() ? MOLT_ERROR : molt_incref(dflt);
}

MoltValue molt_dict_setdefault(MoltValue dv, MoltValue key, MoltValue dflt) {
    MoltValue v = molt_dict_lookup(dv, key);
    if (v != MOLT_ERROR) return molt_incref(v);
    if (molt_err_occurred() || molt_dict_setitem(dv, key, dflt) < 0) return MOLT_ERROR;
    return molt_incref(dflt);
}

MoltValue molt_dict_pop(MoltValue dv, MoltValue key, MoltValue dflt) {
    MoltValue v;
    int k = dict_pop_known(dv, key, &v);
    if (k < 0) return MOLT_ERROR;
    if (k > 0) return v;
    if (dflt != MOLT_ERROR) return molt_incref(dflt);
    molt_err_set_object(&MoltExc_KeyError, key);
    return MOLT_ERROR;
}

MoltValue molt_dict_popitem(MoltValue dv) {
    MoltDict *d = as_dict(dv);
    if (d->used == 0) {
        molt_err_set(&MoltExc_KeyError, "popitem(): dictionary is empty");
        return MOLT_ERROR;
    }
    int64_t ix = d->nentries - 1;
    while (d->entries[ix].key == MOLT_ERROR) ix--;
    int64_t slot;
    MoltValue key = d->entries[ix].key;
    if (dict_find(d, key, d->entries[ix].hash, &slot) != ix) return molt_err_nomemory(); /* cannot happen */
    MoltValue k, v;
    dict_remove(d, ix, slot, &k, &v);
    /* The entry stays a hole (CPython also lowers dk_nentries but not dk_usable): the index slot is now
     * a dummy, so entries + dummies must keep counting towards the resize threshold. */
    return molt_tuple_pack2(k, v);
}

MoltValue molt_dict_copy(MoltValue dv) {
    MoltValue r = molt_dict_new();
    if (r == MOLT_ERROR) return r;
    if (molt_dict_merge(r, dv, NULL) < 0) {
        molt_decref(r);
        return MOLT_ERROR;
    }
    return r;
}

MoltValue molt_dict_clear(MoltValue dv) {
    MoltDict *d = as_dict(dv);
    MoltDictEntry *old = d->entries;
    int64_t *oldix = d->indices;
    int64_t n = d->nentries;
    if (dict_alloc_tables(d, DICT_MINSIZE) < 0) return MOLT_ERROR;
    d->used = 0;
    for (int64_t i = 0; i < n; i++)
        if (old[i].key != MOLT_ERROR) {
            molt_decref(old[i].key);
            molt_decref(old[i].value);
        }
    free(old);
    free(oldix);
    return MOLT_NONE;
}

MoltValue molt_dict_fromkeys(MoltValue iterable, MoltValue value) {
    MoltValue d = molt_dict_new();
    if (d == MOLT_ERROR) return d;
    MoltValue it = molt_iter(iterable);
    if (it == MOLT_ERROR) goto fail;
    for (;;) {
        MoltValue k = molt_next(it);
        if (k == MOLT_EXHAUSTED) break;
        int rc = k == MOLT_ERROR ? -1 : molt_dict_setitem(d, k, value);
        molt_xdecref(k);
        if (rc < 0) {
            molt_decref(it);
            goto fail;
        }
    }
    molt_decref(it);
    return d;
fail:
    molt_decref(d);
    return MOLT_ERROR;
}

/* ---- slots ------------------------------------------------------------------------ */

static MoltValue dict_repr(MoltValue v) {
    MoltDict *d = as_dict(v);
    if (d->used == 0) return molt_str_from_cstr("{}");
    int k = molt_repr_enter(v);
    if (k < 0) return MOLT_ERROR;
    if (k > 0) return molt_str_from_cstr("{...}");
    MoltStrBuf b;
    molt_strbuf_init(&b);
    molt_strbuf_append_char(&b, '{');
    bool first = true;
    for (int64_t i = 0; i < d->nentries; i++) {
        if (d->entries[i].key == MOLT_ERROR) continue;
        if (!first) molt_strbuf_append(&b, ", ", 2);
        first = false;
        MoltValue key = molt_incref(d->entries[i].key), val = molt_incref(d->entries[i].value);
        MoltValue rk = molt_repr(key);
        MoltValue rv = rk == MOLT_ERROR ? MOLT_ERROR : molt_repr(val);
        molt_decref(key);
        molt_decref(val);
        if (rv == MOLT_ERROR) {
            molt_xdecref(rk);
            molt_repr_leave(v);
            molt_strbuf_release(&b);
            return MOLT_ERROR;
        }
        molt_strbuf_append_str(&b, rk);
        molt_strbuf_append(&b, ": ", 2);
        molt_strbuf_append_str(&b, rv);
        molt_decref(rk);
        molt_decref(rv);
    }
    molt_strbuf_append_char(&b, '}');
    molt_repr_leave(v);
    return molt_strbuf_finish(&b);
}

static int dict_equal(MoltDict *a, MoltValue bv) {
    MoltDict *b = as_dict(bv);
    if (a->used != b->used) return 0;
    for (int64_t i = 0; i < a->nentries; i++) {
        if (a->entries[i].key == MOLT_ERROR) continue;
        MoltValue key = molt_incref(a->entries[i].key), aval = molt_incref(a->entries[i].value);
        int64_t slot;
        int64_t ix = dict_find(b, key, a->entries[i].hash, &slot);
        int c = ix == -2 ? -1 : 0;
        if (ix >= 0) {
            MoltValue bval = molt_incref(b->entries[ix].value);
            c = molt_richcompare_bool(aval, bval, MOLT_EQ);
            molt_decref(bval);
        }
        molt_decref(key);
        molt_decref(aval);
        if (c <= 0) return c;
    }
    return 1;
}

static MoltValue dict_richcompare(MoltValue v, MoltValue w, int op) {
    if (!molt_is_dict(w) || (op != MOLT_EQ && op != MOLT_NE)) return MOLT_NOTIMPLEMENTED;
    int c = dict_equal(as_dict(v), w);
    if (c < 0) return MOLT_ERROR;
    return molt_from_bool(op == MOLT_EQ ? c : !c);
}

int64_t dict_mp_length(MoltValue v) { return as_dict(v)->used; }

int dict_mp_ass_subscript(MoltValue v, MoltValue key, MoltValue value) {
    if (value == MOLT_ERROR) return molt_dict_delitem(v, key);
    return molt_dict_setitem(v, key, value);
}

int dict_sq_contains(MoltValue v, MoltValue key) { return molt_dict_contains(v, key); }

MoltValue dict_nb_or(MoltValue a, MoltValue b) {
    if (!molt_is_dict(a) || !molt_is_dict(b)) return MOLT_NOTIMPLEMENTED;
    MoltValue r = molt_dict_copy(a);
    if (r == MOLT_ERROR) return r;
    if (molt_dict_merge(r, b, NULL) < 0) {
        molt_decref(r);
        return MOLT_ERROR;
    }
    return r;
}

/* ---- iterators and views ------------------------------------------------------------ */

typedef struct MoltDictIter {
    MoltObject ob;
    MoltValue dict; /* owned; MOLT_NONE when exhausted */
    int64_t pos, used, remaining;
    int kind;       /* 0 keys, 1 values, 2 items */
    bool reverse;
} MoltDictIter;

static MoltValue dictiter_new(MoltValue d, int kind, bool reverse) {
    MoltDictIter *it = molt_alloc_fixed(&MoltDictIter_Type);
    if (!it) return MOLT_ERROR;
    it->dict = molt_incref(d);
    it->pos = reverse ? as_dict(d)->nentries - 1 : 0;
    it->used = it->remaining = as_dict(d)->used;
    it->kind = kind;
    it->reverse = reverse;
    return molt_from_ptr(it);
}

static void dictiter_dealloc(MoltObject *o) {
    molt_decref(((MoltDictIter *)o)->dict);
    molt_free_fixed(o);
}

static MoltValue dictiter_next(MoltValue v) {
    MoltDictIter *it = (MoltDictIter *)molt_as_ptr(v);
    if (it->dict == MOLT_NONE) return MOLT_EXHAUSTED;
    MoltDict *d = as_dict(it->dict);
    if (d->used != it->used) {
        molt_err_set(&MoltExc_RuntimeError, "dictionary changed size during iteration");
        it->used = -1;
        return MOLT_ERROR;
    }
    MoltDictEntry *e = NULL;
    if (it->reverse) {
        while (it->pos >= 0 && d->entries[it->pos].key == MOLT_ERROR) it->pos--;
        if (it->pos >= 0) e = &d->entries[it->pos--];
    } else {
        while (it->pos < d->nentries && d->entries[it->pos].key == MOLT_ERROR) it->pos++;
        if (it->pos < d->nentries) e = &d->entries[it->pos++];
    }
    if (!e || it->remaining <= 0) {
        molt_decref(it->dict);
        it->dict = MOLT_NONE;
        return MOLT_EXHAUSTED;
    }
    it->remaining--;
    if (it->kind == 0) return molt_incref(e->key);
    if (it->kind == 1) return molt_incref(e->value);
    return molt_tuple_pack2(molt_incref(e->key), molt_incref(e->value));
}

static MoltValue dict_iter(MoltValue v) { return dictiter_new(v, 0, false); }
MoltValue molt_dict_reversed(MoltValue d, int kind) { return dictiter_new(d, kind, true); }

typedef struct MoltDictView {
    MoltObject ob;
    MoltValue dict; /* owned */
} MoltDictView;

static MoltValue view_new(MoltValue d, MoltType *t) {
    MoltDictView *v = molt_alloc_object(t, sizeof(MoltDictView));
    if (!v) return MOLT_ERROR;
    v->dict = molt_incref(d);
    return molt_from_ptr(v);
}
MoltValue molt_dict_keys(MoltValue d) { return view_new(d, &MoltDictKeys_Type); }
MoltValue molt_dict_values(MoltValue d) { return view_new(d, &MoltDictValues_Type); }
MoltValue molt_dict_items(MoltValue d) { return view_new(d, &MoltDictItems_Type); }

static MoltValue view_dict(MoltValue v) { return ((MoltDictView *)molt_as_ptr(v))->dict; }
MoltValue molt_dictview_dict(MoltValue v) { return view_dict(v); }
static int view_kind(MoltValue v) {
    MoltType *t = molt_type_of(v);
    return t == &MoltDictKeys_Type ? 0 : t == &MoltDictValues_Type ? 1 : 2;
}

static void view_dealloc(MoltObject *o) {
    molt_decref(((MoltDictView *)o)->dict);
    molt_free_object(o);
}

int64_t dictview_sq_length(MoltValue v) { return as_dict(view_dict(v))->used; }
static MoltValue view_iter(MoltValue v) { return dictiter_new(view_dict(v), view_kind(v), false); }

static MoltValue view_repr(MoltValue v) {
    int k = molt_repr_enter(v);
    if (k < 0) return MOLT_ERROR;
    if (k > 0) return molt_str_from_cstr("...");
    MoltValue l = molt_list_from_iterable(v);
    MoltValue r = l == MOLT_ERROR ? MOLT_ERROR : molt_repr(l);
    molt_xdecref(l);
    molt_repr_leave(v);
    if (r == MOLT_ERROR) return r;
    MoltStrBuf b;
    molt_strbuf_init(&b);
    molt_strbuf_append_cstr(&b, molt_type_of(v)->tp_name);
    molt_strbuf_append_char(&b, '(');
    molt_strbuf_append_str(&b, r);
    molt_strbuf_append_char(&b, ')');
    molt_decref(r);
    return molt_strbuf_finish(&b);
}

int dict_keys_sq_contains(MoltValue v, MoltValue key) { return molt_dict_contains(view_dict(v), key); }

int dict_items_sq_contains(MoltValue v, MoltValue item) {
    if (!molt_is_tuple(item) || molt_tuple_size(item) != 2) return 0;
    MoltValue found = molt_dict_lookup(view_dict(v), molt_tuple_get(item, 0));
    if (found == MOLT_ERROR) return molt_err_occurred() ? -1 : 0;
    MoltValue f = molt_incref(found);
    int c = molt_richcompare_bool(f, molt_tuple_get(item, 1), MOLT_EQ);
    molt_decref(f);
    return c;
}

MoltType MoltDict_Type = {
    .ob = MOLT_STATIC_HEADER(&MoltType_Type),
    .tp_name = "dict",
    .tp_methods = molt_methods_dict,
    .tp_basicsize = sizeof(MoltDict),
    .tp_dealloc = dict_dealloc,
    .tp_repr = dict_repr,
    .tp_richcompare = dict_richcompare,
    .tp_as_mapping = &molt_static_as_mapping,
    .tp_index = MOLT_TI_DICT,
    .tp_base = &MoltBaseObject_Type,
    .tp_mro = MOLT_NONE,
    .tp_dict = MOLT_NONE,
    .tp_iter = dict_iter,
};

static MoltValue self_iter(MoltValue v) { return molt_incref(v); }

MoltType MoltDictIter_Type = {
    .ob = MOLT_STATIC_HEADER(&MoltType_Type),
    .tp_name = "dict_iterator",
    .tp_basicsize = sizeof(MoltDictIter),
    .tp_dealloc = dictiter_dealloc,
    .tp_base = &MoltBaseObject_Type,
    .tp_mro = MOLT_NONE,
    .tp_dict = MOLT_NONE,
    .tp_iter = self_iter,
    .tp_iternext = dictiter_next,
};

/* keys and items are set-like (dict_views.c); values are not. */
#define VIEW_TYPE(var, name, index, cmp, meth)    \
    MoltType var = {                               \
        .ob = MOLT_STATIC_HEADER(&MoltType_Type),  \
        .tp_name = name,                           \
        .tp_basicsize = sizeof(MoltDictView),      \
        .tp_dealloc = view_dealloc,                \
        .tp_repr = view_repr,                      \
        .tp_richcompare = cmp,                     \
        .tp_index = index,                         \
        .tp_base = &MoltBaseObject_Type,           \
        .tp_mro = MOLT_NONE,                       \
        .tp_dict = MOLT_NONE,                      \
        .tp_iter = view_iter,                      \
        .tp_methods = meth,                        \
    };

VIEW_TYPE(MoltDictKeys_Type, "dict_keys", MOLT_TI_DICT_KEYS, molt_dictview_richcompare, molt_methods_dictview)
VIEW_TYPE(MoltDictValues_Type, "dict_values", MOLT_TI_DICT_VALUES, NULL, NULL)
VIEW_TYPE(MoltDictItems_Type, "dict_items", MOLT_TI_DICT_ITEMS, molt_dictview_richcompare, molt_methods_dictview)
