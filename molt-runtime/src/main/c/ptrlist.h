/*
 * ptrlist.h — INTERNAL: a growable array of pointers, for the runtime's registries of what it keeps until
 * shut-down (heap types in class.c, readied static types in object.c, unbound methods in methods.c).
 */
#ifndef MOLT_PTRLIST_H
#define MOLT_PTRLIST_H

#include "molt/molt.h"

#include <stdlib.h>

typedef struct MoltPtrList {
    void **items;
    size_t n, cap;
} MoltPtrList;

/* Room for one more item, so a following molt_ptrlist_append cannot fail: 0, or -1 with MemoryError set (the
 * list unchanged). */
static inline int molt_ptrlist_reserve(MoltPtrList *l) {
    if (l->n < l->cap) return 0;
    size_t cap = l->cap ? 2 * l->cap : 16;
    void **items = realloc(l->items, cap * sizeof *items);
    if (!items) {
        molt_err_nomemory();
        return -1;
    }
    l->items = items;
    l->cap = cap;
    return 0;
}

/* Appends p after a successful molt_ptrlist_reserve. */
static inline void molt_ptrlist_append(MoltPtrList *l, void *p) { l->items[l->n++] = p; }

/* Frees the array (not what it points to) and empties the list. */
static inline void molt_ptrlist_clear(MoltPtrList *l) {
    free(l->items);
    l->items = NULL;
    l->n = l->cap = 0;
}

#endif
