/*
 * molt/list.h — the mutable list (Objects/listobject.c).
 *
 * Methods are plain C functions taking the list first; optional arguments are
 * MOLT_NONE when absent. Sorting is a stable merge sort on `<` (CPython's
 * timsort is stable too, so results are the same; the number and order of
 * comparisons differ). reverse=True sorts as CPython does: reverse, stable
 * sort, reverse, so equal items keep their order.
 */
#ifndef MOLT_LIST_H
#define MOLT_LIST_H

#include "molt/object.h"

typedef struct MoltList {
    MoltObject ob;
    int64_t size, cap;
    MoltValue *items; /* owned references */
} MoltList;

extern MoltType MoltList_Type, MoltListIter_Type, MoltListRevIter_Type;

/* A list's forward or reverse iterator (CPython's listiterobject); exposed for the code generators' inline
 * py.next (molt/codegen.h). */
typedef struct MoltListIter {
    MoltObject ob;
    MoltValue list; /* owned; MOLT_NONE when exhausted */
    int64_t index;
} MoltListIter;

/* New list of n items, each MOLT_NONE; fill with molt_list_set (steals). */
MoltValue molt_list_new(int64_t n);
/* py.build_list: a list of n borrowed values. */
MoltValue molt_list_from_array(const MoltValue *items, int64_t n);
/* list(iterable) */
MoltValue molt_list_from_iterable(MoltValue iterable);
bool molt_is_list(MoltValue v);
int64_t molt_list_size(MoltValue l);
MoltValue molt_list_get(MoltValue l, int64_t i); /* borrowed, no bounds check */
void molt_list_set(MoltValue l, int64_t i, MoltValue item); /* steals; no bounds check */
int molt_list_append(MoltValue l, MoltValue item);           /* borrowed; 0 / -1 */
int molt_list_extend(MoltValue l, MoltValue iterable);       /* 0 / -1 */
MoltValue molt_list_to_tuple(MoltValue l);

MoltValue molt_list_insert(MoltValue l, MoltValue index, MoltValue item); /* None */
MoltValue molt_list_pop(MoltValue l, MoltValue index);       /* IndexError "pop from empty list" */
MoltValue molt_list_remove(MoltValue l, MoltValue x);        /* ValueError "list.remove(x): x not in list" */
MoltValue molt_list_index(MoltValue l, MoltValue x, MoltValue start, MoltValue stop);
MoltValue molt_list_count(MoltValue l, MoltValue x);
MoltValue molt_list_reverse(MoltValue l);
/* l.sort(key=key, reverse=reverse): key MOLT_NONE or a callable; reverse a bool. */
MoltValue molt_list_sort(MoltValue l, MoltValue key, bool reverse);
MoltValue molt_list_copy(MoltValue l);
MoltValue molt_list_clear(MoltValue l);

/* reversed(l) */
MoltValue molt_list_reversed(MoltValue l);
/* sorted(iterable, key=, reverse=) */
MoltValue molt_sorted(MoltValue iterable, MoltValue key, bool reverse);

#endif
