/*
 * rangeimpl.h — INTERNAL: the range object, shared by slice.c (int64 ranges) and range_big.c
 * (ranges whose bounds or length do not fit in int64, as CPython's PyLong-based range allows).
 */
#ifndef MOLT_RANGEIMPL_H
#define MOLT_RANGEIMPL_H

#include "molt/molt.h"

typedef struct MoltRange {
    MoltObject ob;
    int64_t start, stop, step, length; /* when big == MOLT_NONE */
    MoltValue big; /* MOLT_NONE, or the tuple (start, stop, step, length) of ints (owned) */
} MoltRange;

/* A range from int bounds (borrowed, step != 0) in big form. */
MoltValue molt_bigrange_new(MoltValue start, MoltValue stop, MoltValue step);
MoltValue molt_bigrange_repr(MoltRange *r);
int64_t molt_bigrange_length(MoltRange *r);         /* -1 + OverflowError when it does not fit */
int molt_bigrange_bool(MoltRange *r);
MoltValue molt_bigrange_subscript(MoltRange *r, MoltValue key);
int molt_bigrange_contains(MoltRange *r, MoltValue x);
MoltValue molt_bigrange_count(MoltRange *r, MoltValue x);
MoltValue molt_bigrange_index(MoltRange *r, MoltValue x);
MoltValue molt_bigrange_field(MoltRange *r, int which); /* 0 start, 1 stop, 2 step, 3 length (new refs) */
MoltValue molt_bigrange_iter(MoltRange *r, bool reverse);

#endif
