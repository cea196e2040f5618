/*
 * setimpl.h — set.c's table operations shared with set_ops.c (internal).
 */
#ifndef MOLT_SETIMPL_H
#define MOLT_SETIMPL_H

#include "molt/molt.h"

#define MOLT_SET_EMPTY MOLT_ERROR
#define MOLT_SET_DUMMY MOLT_EXHAUSTED

MoltSet *molt_setimpl_as(MoltValue v);
/* set_add_entry; steals key. 0 / -1 */
int molt_setimpl_add_entry(MoltSet *s, MoltValue key, MoltHash hash);
int molt_setimpl_contains_entry(MoltSet *s, MoltValue key, MoltHash hash);
int molt_setimpl_discard_entry(MoltSet *s, MoltValue key, MoltHash hash);
int molt_setimpl_resize(MoltSet *s, int64_t minused);
/* make_new_set_basetype(type(so), iterable) */
MoltValue molt_setimpl_new_like(MoltValue so, MoltValue iterable);
int molt_setimpl_issubset(MoltValue so, MoltValue other);
int molt_setimpl_issuperset(MoltValue so, MoltValue other);
MoltValue molt_setimpl_bool(int r);
/* the | & - ^ operators (NotImplemented unless both are sets) */
MoltValue molt_setimpl_or(MoltValue a, MoltValue b);
MoltValue molt_setimpl_and(MoltValue a, MoltValue b);
MoltValue molt_setimpl_sub(MoltValue a, MoltValue b);
MoltValue molt_setimpl_xor(MoltValue a, MoltValue b);

#endif
