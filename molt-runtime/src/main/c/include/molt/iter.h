/*
 * molt/iter.h — the iterator protocol and the builtin iterator types.
 *
 * molt_iter(o) is iter(o): tp_iter, else a sequence iterator over
 * sq_item/mp_subscript (CPython's PySeqIter), else TypeError "'T' object is not
 * iterable". molt_next(it) returns the next item (new reference), or
 * MOLT_EXHAUSTED when the iterator is done — without creating a StopIteration
 * (the fast path the compiled `for` loop uses: `v, ok = py.next it`) — or
 * MOLT_ERROR with an exception set. A StopIteration raised by a user
 * __next__ is turned into MOLT_EXHAUSTED as well.
 *
 * Source followed: CPython 3.12 Objects/abstract.c (PyObject_GetIter,
 * PyIter_Next), Objects/iterobject.c, Objects/enumobject.c,
 * Python/bltinmodule.c (map, filter, zip).
 */
#ifndef MOLT_ITER_H
#define MOLT_ITER_H

#include "molt/object.h"

extern MoltType MoltSeqIter_Type, MoltEnumerate_Type, MoltZip_Type, MoltMap_Type, MoltFilter_Type,
    MoltReversed_Type;

MoltValue molt_iter(MoltValue o);
/* iter(seq) through seq[0], seq[1], ... until IndexError (PySeqIter_New). */
MoltValue molt_seqiter_new(MoltValue seq);
/* Item, MOLT_EXHAUSTED or MOLT_ERROR (see above). */
MoltValue molt_next(MoltValue it);
/* next(it) as the builtin: StopIteration when exhausted and dflt is MOLT_ERROR
 * (no default), else dflt (new reference). */
MoltValue molt_next_builtin(MoltValue it, MoltValue dflt);
/* True when v has tp_iternext (collections.abc.Iterator). */
bool molt_is_iterator(MoltValue v);

/* enumerate(iterable, start) (start an int, borrowed). */
MoltValue molt_enumerate_new(MoltValue iterable, MoltValue start);
/* zip(*iterables, strict=strict). */
MoltValue molt_zip_new(const MoltValue *iterables, size_t n, bool strict);
/* map(func, *iterables), n >= 1. */
MoltValue molt_map_new(MoltValue func, const MoltValue *iterables, size_t n);
/* filter(func_or_None, iterable). */
MoltValue molt_filter_new(MoltValue func, MoltValue iterable);
/* reversed(seq): the type's __reversed__ (list, range, dict and its views) or a
 * sequence-protocol reverse iterator; TypeError "'T' object is not reversible". */
MoltValue molt_reversed_new(MoltValue seq);
/* iter(callable, sentinel): calls callable() until it returns a value equal to sentinel (or raises
 * StopIteration). TypeError "iter(v, w): v must be callable". */
MoltValue molt_calliter_new(MoltValue callable, MoltValue sentinel);

/* `a, b, c = it`: stores `n` new references in out, or -1 with ValueError
 * "not enough values to unpack (expected 3, got 2)" / "too many values to
 * unpack (expected 3)". */
int molt_unpack_sequence(MoltValue it, MoltValue *out, size_t n);

#endif
