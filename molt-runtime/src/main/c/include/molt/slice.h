/*
 * molt/slice.h — slice objects and range (Objects/sliceobject.c, Objects/rangeobject.c).
 *
 * A slice is (start, stop, step), each any value (None when omitted). Sequence
 * types resolve one against their length with molt_slice_indices, which is
 * PySlice_Unpack + PySlice_AdjustIndices: the result describes `count` items
 * at start, start+step, ...
 *
 * range holds its start/stop/step/length as int64, or, when one of them does not
 * fit, as int objects (range_big.c, CPython's PyLong-based range): len() raises
 * OverflowError "Python int too large to convert to C ssize_t" only for a length
 * outside int64; slicing such a range raises NotImplementedError for now.
 */
#ifndef MOLT_SLICE_H
#define MOLT_SLICE_H

#include "molt/object.h"

typedef struct MoltSlice {
    MoltObject ob;
    MoltValue start, stop, step; /* owned */
} MoltSlice;

extern MoltType MoltSlice_Type, MoltRange_Type, MoltRangeIter_Type;

/* The iterator of a range whose bounds fit in int64 (CPython's rangeiterobject): `remaining` items are left,
 * the next is `next`; exposed for the code generators' inline py.next (molt/codegen.h). */
typedef struct MoltRangeIter {
    MoltObject ob;
    int64_t next, step, remaining;
} MoltRangeIter;

/* slice(start, stop, step), all borrowed (MOLT_NONE for an omitted part). */
MoltValue molt_slice_new(MoltValue start, MoltValue stop, MoltValue step);
bool molt_is_slice(MoltValue v);
/* Resolve a slice against a sequence of `length` items. Returns 0 and the
 * start/step/count, or -1 (TypeError for non-int bounds, ValueError
 * "slice step cannot be zero"). */
int molt_slice_indices(MoltValue slice, int64_t length, int64_t *start, int64_t *step, int64_t *count);
/* Same from three separate bounds (borrowed, MOLT_NONE when absent). */
int molt_slice_bounds(MoltValue vstart, MoltValue vstop, MoltValue vstep, int64_t length, int64_t *start,
                      int64_t *step, int64_t *count);
/* slice.indices(length): a (start, stop, step) tuple. */
MoltValue molt_slice_indices_method(MoltValue slice, MoltValue length);

/* range(*args) for positional arguments only (`nargs` of them, borrowed): molt_range_new, or the call of
 * the range type for a count other than 1..3 (its TypeError). A new reference or MOLT_ERROR. */
MoltValue molt_range_call(const MoltValue *args, size_t nargs);
/* range(stop) / range(start, stop[, step]): pass MOLT_NONE for absent parts,
 * i.e. molt_range_new(MOLT_NONE, stop, MOLT_NONE) is range(stop).
 * TypeError "'float' object cannot be interpreted as an integer",
 * ValueError "range() arg 3 must not be zero". */
MoltValue molt_range_new(MoltValue start, MoltValue stop, MoltValue step);
bool molt_is_range(MoltValue v);
/* r.count(x), r.index(x): O(1) for ints (ValueError "4 is not in range"), else by comparing
 * with each item ("sequence.index(x): x not in sequence"). */
MoltValue molt_range_count(MoltValue r, MoltValue x);
MoltValue molt_range_index(MoltValue r, MoltValue x);
/* reversed(r) */
MoltValue molt_range_reversed(MoltValue r);

#endif
