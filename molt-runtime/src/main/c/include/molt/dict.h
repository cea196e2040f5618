/*
 * molt/dict.h — dict with CPython's compact, insertion-ordered layout
 * (Objects/dictobject.c since 3.6): a dense entry array in insertion order
 * and a sparse index table probed with CPython's perturbation scheme. Deleting
 * leaves a hole in the entries (compacted on resize), so re-inserting a deleted
 * key appends it at the end, as in CPython.
 *
 * Views (dict_keys, dict_values, dict_items) and their iterators; iterating
 * while the size changes raises RuntimeError "dictionary changed size during
 * iteration". Missing keys raise KeyError(key), whose str is repr(key).
 */
#ifndef MOLT_DICT_H
#define MOLT_DICT_H

#include "molt/object.h"

typedef struct MoltDictEntry {
    MoltHash hash;
    MoltValue key;   /* owned; MOLT_ERROR for a deleted entry */
    MoltValue value; /* owned */
} MoltDictEntry;

typedef struct MoltDict {
    MoltObject ob;
    int64_t used;      /* live entries */
    int64_t nentries;  /* entries used, including deleted ones */
    int64_t usable;    /* capacity of `entries` */
    int64_t mask;      /* index table size - 1 */
    int64_t *indices;  /* -1 empty, -2 dummy, else an entry index */
    MoltDictEntry *entries;
} MoltDict;

extern MoltType MoltDict_Type, MoltDictKeys_Type, MoltDictValues_Type, MoltDictItems_Type, MoltDictIter_Type;

MoltValue molt_dict_new(void);
bool molt_is_dict(MoltValue v);
int64_t molt_dict_size(MoltValue d);
/* d[key] = value (both borrowed): 0 or -1 (unhashable key). */
int molt_dict_setitem(MoltValue d, MoltValue key, MoltValue value);
/* Borrowed value, or MOLT_ERROR: with an exception set when the hash or a
 * comparison failed, without one when the key is absent (check molt_err_occurred). */
MoltValue molt_dict_lookup(MoltValue d, MoltValue key);
/* Same with a C string key (str keys only). */
MoltValue molt_dict_lookup_cstr(MoltValue d, const char *key);
/* d[key]: new reference or KeyError(key). */
MoltValue molt_dict_getitem(MoltValue d, MoltValue key);
/* del d[key]: 0, or -1 with KeyError(key). */
int molt_dict_delitem(MoltValue d, MoltValue key);
/* key in d: -1, 0, 1 */
int molt_dict_contains(MoltValue d, MoltValue key);
/* Iteration over live entries: start with *pos = 0; returns false at the end.
 * key/value are borrowed. */
bool molt_dict_next(MoltValue d, int64_t *pos, MoltValue *key, MoltValue *value);

/* py.build_dict: k0, v0, k1, v1, ... (2n values, borrowed). */
MoltValue molt_dict_from_pairs(const MoltValue *kv, int64_t n);
/* dict.update(other) for a mapping (dict) or an iterable of pairs: 0 / -1. */
int molt_dict_update(MoltValue d, MoltValue other);
/* {**a, **b} / f(**kw) merging (py.dict_merge): like update, but a repeated
 * key raises TypeError "f() got multiple values for keyword argument 'k'" when
 * fname is not NULL. Only dicts are accepted as `other`. */
int molt_dict_merge(MoltValue d, MoltValue other, const char *fname);

MoltValue molt_dict_get(MoltValue d, MoltValue key, MoltValue dflt);        /* dflt: MOLT_NONE */
MoltValue molt_dict_setdefault(MoltValue d, MoltValue key, MoltValue dflt);
MoltValue molt_dict_pop(MoltValue d, MoltValue key, MoltValue dflt);        /* dflt MOLT_ERROR: none given */
MoltValue molt_dict_popitem(MoltValue d);  /* KeyError "popitem(): dictionary is empty" */
MoltValue molt_dict_copy(MoltValue d);
MoltValue molt_dict_clear(MoltValue d);
MoltValue molt_dict_fromkeys(MoltValue iterable, MoltValue value);
MoltValue molt_dict_keys(MoltValue d);
MoltValue molt_dict_values(MoltValue d);
MoltValue molt_dict_items(MoltValue d);
/* The dict of a view (borrowed). */
MoltValue molt_dictview_dict(MoltValue view);
/* dict_views.c: & | - ^ of keys/items views with any iterable (either side; their number slots, slots.h),
 * comparison with sets and views, isdisjoint. */
MoltValue molt_dictview_richcompare(MoltValue view, MoltValue other, int op);
MoltValue molt_dictview_isdisjoint(MoltValue view, MoltValue other);
/* reversed(d) / reversed(d.keys()) ... (kind 0 keys, 1 values, 2 items) */
MoltValue molt_dict_reversed(MoltValue d, int kind);

#endif
