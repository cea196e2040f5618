/*
 * molt/tuple.h — the immutable tuple (Objects/tupleobject.c).
 */
#ifndef MOLT_TUPLE_H
#define MOLT_TUPLE_H

#include "molt/object.h"

typedef struct MoltTuple {
    MoltObject ob;
    int64_t size;
    MoltValue items[]; /* owned references */
} MoltTuple;

/* New tuple of n items, each MOLT_NONE; the caller fills them with
 * molt_tuple_set (steals). MOLT_ERROR + MemoryError on failure. */
MoltValue molt_tuple_new(int64_t n);
/* Steals `item`; only for filling a fresh tuple. */
void molt_tuple_set(MoltValue t, int64_t i, MoltValue item);
/* Borrowed item; no bounds check. */
MoltValue molt_tuple_get(MoltValue t, int64_t i);
int64_t molt_tuple_size(MoltValue t);
/* (a, b); steals both, also on failure. */
MoltValue molt_tuple_pack2(MoltValue a, MoltValue b);
bool molt_is_tuple(MoltValue v);
/* t.count(x) / t.index(x[, start[, stop]]) (MOLT_NONE when absent). */
MoltValue molt_tuple_count(MoltValue t, MoltValue x);
MoltValue molt_tuple_index(MoltValue t, MoltValue x, MoltValue start, MoltValue stop);

#endif
