/*
 * molt/set.h — set and frozenset with CPython's hash table: open addressing
 * with LINEAR_PROBES = 9 linear probes then perturbation (PERTURB_SHIFT 5),
 * dummy entries for deletions, a table of 8 slots growing to hold used*4
 * (used*2 above 50000) when fill*5 >= mask*3, and CPython's algorithms for
 * union/intersection/difference/symmetric difference — so the iteration order
 * of a set equals CPython's for the same operations on the same hashes
 * (ints, and strs under PYTHONHASHSEED=0).
 *
 * Source followed: CPython 3.12 Objects/setobject.c.
 */
#ifndef MOLT_SET_H
#define MOLT_SET_H

#include "molt/object.h"

typedef struct MoltSetEntry {
    MoltValue key; /* owned; MOLT_ERROR: never used, MOLT_EXHAUSTED: deleted (dummy) */
    MoltHash hash;
} MoltSetEntry;

typedef struct MoltSet {
    MoltObject ob;
    int64_t fill;  /* active + dummy */
    int64_t used;  /* active */
    int64_t mask;
    int64_t finger; /* pop() search finger */
    MoltHash hash;  /* frozenset: cached, -1 if not computed */
    MoltSetEntry *table;
} MoltSet;

extern MoltType MoltSet_Type, MoltFrozenSet_Type, MoltSetIter_Type;

/* set(iterable) / frozenset(iterable); iterable MOLT_NONE for an empty one. */
MoltValue molt_set_new(MoltValue iterable);
MoltValue molt_frozenset_new(MoltValue iterable);
/* py.build_set: a set of n borrowed values. */
MoltValue molt_set_from_array(const MoltValue *items, int64_t n);
bool molt_is_anyset(MoltValue v);   /* set or frozenset */
int64_t molt_set_size(MoltValue s);
/* Iteration over active entries (borrowed keys): *pos = 0 first. */
bool molt_set_next(MoltValue s, int64_t *pos, MoltValue *key);

int molt_set_add(MoltValue s, MoltValue key);        /* 0 / -1 */
int molt_set_contains(MoltValue s, MoltValue key);   /* -1, 0, 1 */
/* 1 found and removed, 0 absent, -1 error */
int molt_set_discard(MoltValue s, MoltValue key);
MoltValue molt_set_remove(MoltValue s, MoltValue key); /* KeyError(key) */
MoltValue molt_set_pop(MoltValue s);                  /* KeyError "pop from an empty set" */
MoltValue molt_set_clear(MoltValue s);
MoltValue molt_set_copy(MoltValue s);
int molt_set_update(MoltValue s, MoltValue iterable); /* 0 / -1 */

/* Methods with any iterable as `other` (union/intersection/... of one other). */
MoltValue molt_set_union(MoltValue s, MoltValue other);
MoltValue molt_set_intersection(MoltValue s, MoltValue other);
MoltValue molt_set_difference(MoltValue s, MoltValue other);
MoltValue molt_set_symmetric_difference(MoltValue s, MoltValue other);
MoltValue molt_set_intersection_update(MoltValue s, MoltValue other);
MoltValue molt_set_difference_update(MoltValue s, MoltValue other);
MoltValue molt_set_symmetric_difference_update(MoltValue s, MoltValue other);
MoltValue molt_set_issubset(MoltValue s, MoltValue other);
MoltValue molt_set_issuperset(MoltValue s, MoltValue other);
MoltValue molt_set_isdisjoint(MoltValue s, MoltValue other);

/* The method forms with any number of others: s.union(*others) ... (set_ops.c). */
MoltValue molt_set_union_multi(MoltValue s, const MoltValue *others, size_t n);
MoltValue molt_set_intersection_multi(MoltValue s, const MoltValue *others, size_t n);
MoltValue molt_set_difference_multi(MoltValue s, const MoltValue *others, size_t n);
MoltValue molt_set_update_multi(MoltValue s, const MoltValue *others, size_t n);            /* None */
MoltValue molt_set_intersection_update_multi(MoltValue s, const MoltValue *others, size_t n); /* None */
MoltValue molt_set_difference_update_multi(MoltValue s, const MoltValue *others, size_t n);   /* None */

/* In-place operators s |= o, s &= o, s -= o, s ^= o (both sets; else NotImplemented). */
MoltValue molt_set_ior(MoltValue s, MoltValue o);
MoltValue molt_set_iand(MoltValue s, MoltValue o);
MoltValue molt_set_isub(MoltValue s, MoltValue o);
MoltValue molt_set_ixor(MoltValue s, MoltValue o);

#endif
