/*
 * set_ops.c — set algebra: union, intersection, difference, symmetric
 * difference (and their in-place forms), subset/superset/disjoint tests.
 *
 * Source followed: CPython 3.12 Objects/setobject.c (set_intersection iterates
 * the smaller set; set_difference copies and discards when len(so) >> 2 >
 * len(other); set_difference_update_internal resizes away dummies above 1/4;
 * set_symmetric_difference builds a set from `other` and updates it with so).
 */
#include "setimpl.h"

#define EMPTY MOLT_SET_EMPTY
#define DUMMY MOLT_SET_DUMMY

/* ---- algebra ------------------------------------------------------------------- */

MoltValue molt_set_union(MoltValue so, MoltValue other) {
    MoltValue r = molt_set_copy(so);
    if (r == MOLT_ERROR || so == other) return r;
    if (molt_set_update(r, other) < 0) {
        molt_decref(r);
        return MOLT_ERROR;
    }
    return r;
}

MoltValue molt_set_intersection(MoltValue so, MoltValue other) {
    if (so == other) return molt_set_copy(so);
    MoltValue result = molt_setimpl_new_like(so, MOLT_NONE);
    if (result == MOLT_ERROR) return result;
    if (molt_is_anyset(other)) {
        MoltSet *a = molt_setimpl_as(so), *b = molt_setimpl_as(other);
        if (b->used > a->used) {
            MoltSet *t = a;
            a = b;
            b = t;
        }
        for (int64_t i = 0; i <= b->mask; i++) {
            MoltValue k = b->table[i].key;
            if (k == EMPTY || k == DUMMY) continue;
            MoltHash h = b->table[i].hash;
            molt_incref(k);
            int rv = molt_setimpl_contains_entry(a, k, h);
            if (rv > 0 && molt_setimpl_add_entry(molt_setimpl_as(result), molt_incref(k), h) < 0) rv = -1;
            molt_decref(k);
            if (rv < 0) {
                molt_decref(result);
                return MOLT_ERROR;
            }
        }
        return result;
    }
    MoltValue it = molt_iter(other);
    if (it == MOLT_ERROR) goto fail;
    for (;;) {
        MoltValue k = molt_next(it);
        if (k == MOLT_EXHAUSTED) break;
        if (k == MOLT_ERROR) goto fail_it;
        MoltHash h = molt_hash(k);
        int rv = h == -1 ? -1 : molt_setimpl_contains_entry(molt_setimpl_as(so), k, h);
        if (rv > 0 && molt_setimpl_add_entry(molt_setimpl_as(result), molt_incref(k), h) < 0) rv = -1;
        molt_decref(k);
        if (rv < 0) goto fail_it;
        if (rv > 0 && molt_setimpl_as(result)->used >= molt_setimpl_as(so)->used) break;
    }
    molt_decref(it);
    return result;
fail_it:
    molt_decref(it);
fail:
    molt_decref(result);
    return MOLT_ERROR;
}

static int difference_update_internal(MoltValue so, MoltValue other) {
    MoltSet *s = molt_setimpl_as(so);
    if (so == other) return molt_set_clear(so) == MOLT_ERROR ? -1 : 0;
    if (molt_is_anyset(other)) {
        MoltValue o;
        if ((molt_setimpl_as(other)->used >> 3) > s->used) {
            o = molt_set_intersection(so, other);
            if (o == MOLT_ERROR) return -1;
        } else {
            o = molt_incref(other);
        }
        MoltSet *os = molt_setimpl_as(o);
        for (int64_t i = 0; i <= os->mask; i++) {
            MoltValue k = os->table[i].key;
            if (k == EMPTY || k == DUMMY) continue;
            molt_incref(k);
            int rc = molt_setimpl_discard_entry(s, k, os->table[i].hash);
            molt_decref(k);
            if (rc < 0) {
                molt_decref(o);
                return -1;
            }
        }
        molt_decref(o);
    } else {
        MoltValue it = molt_iter(other);
        if (it == MOLT_ERROR) return -1;
        for (;;) {
            MoltValue k = molt_next(it);
            if (k == MOLT_EXHAUSTED) break;
            int rc = k == MOLT_ERROR ? -1 : molt_set_discard(so, k);
            molt_xdecref(k);
            if (rc < 0) {
                molt_decref(it);
                return -1;
            }
        }
        molt_decref(it);
    }
    if ((uint64_t)(s->fill - s->used) <= (uint64_t)s->mask / 4) return 0;
    return molt_setimpl_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

static MoltValue copy_and_difference(MoltValue so, MoltValue other) {
    MoltValue r = molt_set_copy(so);
    if (r == MOLT_ERROR) return r;
    if (difference_update_internal(r, other) < 0) {
        molt_decref(r);
        return MOLT_ERROR;
    }
    return r;
}

MoltValue molt_set_difference(MoltValue so, MoltValue other) {
    int64_t other_size;
    bool is_dict = molt_is_dict(other) && molt_type_of(other) == &MoltDict_Type;
    if (molt_is_anyset(other)) other_size = molt_setimpl_as(other)->used;
    else if (is_dict) other_size = molt_dict_size(other);
    else return copy_and_difference(so, other);
    MoltSet *s = molt_setimpl_as(so);
    if ((s->used >> 2) > other_size) return copy_and_difference(so, other);
    MoltValue result = molt_setimpl_new_like(so, MOLT_NONE);
    if (result == MOLT_ERROR) return result;
    for (int64_t i = 0; i <= s->mask; i++) {
        MoltValue k = s->table[i].key;
        if (k == EMPTY || k == DUMMY) continue;
        MoltHash h = s->table[i].hash;
        molt_incref(k);
        int rv = is_dict ? molt_dict_contains(other, k) : molt_setimpl_contains_entry(molt_setimpl_as(other), k, h);
        if (rv == 0 && molt_setimpl_add_entry(molt_setimpl_as(result), molt_incref(k), h) < 0) rv = -1;
        molt_decref(k);
        if (rv < 0) {
            molt_decref(result);
            return MOLT_ERROR;
        }
    }
    return result;
}

static int symmetric_update(MoltValue so, MoltValue other) {
    MoltSet *s = molt_setimpl_as(so);
    if (so == other) return molt_set_clear(so) == MOLT_ERROR ? -1 : 0;
    MoltValue o;
    if (molt_is_dict(other) && molt_type_of(other) == &MoltDict_Type) {
        MoltDict *d = (MoltDict *)molt_as_ptr(other);
        for (int64_t i = 0; i < d->nentries; i++) {
            MoltValue k = d->entries[i].key;
            if (k == MOLT_ERROR) continue;
            molt_incref(k);
            int rv = molt_setimpl_discard_entry(s, k, d->entries[i].hash);
            if (rv == 0) rv = molt_setimpl_add_entry(s, molt_incref(k), d->entries[i].hash);
            molt_decref(k);
            if (rv < 0) return -1;
        }
        return 0;
    }
    o = molt_is_anyset(other) ? molt_incref(other) : molt_setimpl_new_like(so, other);
    if (o == MOLT_ERROR) return -1;
    MoltSet *os = molt_setimpl_as(o);
    for (int64_t i = 0; i <= os->mask; i++) {
        MoltValue k = os->table[i].key;
        if (k == EMPTY || k == DUMMY) continue;
        molt_incref(k);
        int rv = molt_setimpl_discard_entry(s, k, os->table[i].hash);
        if (rv == 0) rv = molt_setimpl_add_entry(s, molt_incref(k), os->table[i].hash);
        molt_decref(k);
        if (rv < 0) {
            molt_decref(o);
            return -1;
        }
    }
    molt_decref(o);
    return 0;
}

MoltValue molt_set_symmetric_difference(MoltValue so, MoltValue other) {
    MoltValue r = molt_setimpl_new_like(so, other);
    if (r == MOLT_ERROR) return r;
    if (symmetric_update(r, so) < 0) {
        molt_decref(r);
        return MOLT_ERROR;
    }
    return r;
}

/* set_swap_bodies(so, tmp) then drop tmp. */
static void replace_body(MoltValue so, MoltValue tmp) {
    MoltSet *a = molt_setimpl_as(so), *b = molt_setimpl_as(tmp);
    MoltSet t = *a;
    a->fill = b->fill;
    a->used = b->used;
    a->mask = b->mask;
    a->table = b->table;
    a->hash = -1;
    b->fill = t.fill;
    b->used = t.used;
    b->mask = t.mask;
    b->table = t.table;
    molt_decref(tmp);
}

MoltValue molt_set_intersection_update(MoltValue so, MoltValue other) {
    MoltValue tmp = molt_set_intersection(so, other);
    if (tmp == MOLT_ERROR) return tmp;
    replace_body(so, tmp);
    return MOLT_NONE;
}

MoltValue molt_set_difference_update(MoltValue so, MoltValue other) {
    return difference_update_internal(so, other) < 0 ? MOLT_ERROR : MOLT_NONE;
}

MoltValue molt_set_symmetric_difference_update(MoltValue so, MoltValue other) {
    return symmetric_update(so, other) < 0 ? MOLT_ERROR : MOLT_NONE;
}

int molt_setimpl_issubset(MoltValue so, MoltValue other) {
    if (!molt_is_anyset(other)) {
        MoltValue tmp = molt_set_intersection(so, other);
        if (tmp == MOLT_ERROR) return -1;
        int r = molt_setimpl_as(tmp)->used == molt_setimpl_as(so)->used;
        molt_decref(tmp);
        return r;
    }
    MoltSet *s = molt_setimpl_as(so);
    if (s->used > molt_setimpl_as(other)->used) return 0;
    for (int64_t i = 0; i <= s->mask; i++) {
        MoltValue k = s->table[i].key;
        if (k == EMPTY || k == DUMMY) continue;
        molt_incref(k);
        int rv = molt_setimpl_contains_entry(molt_setimpl_as(other), k, s->table[i].hash);
        molt_decref(k);
        if (rv <= 0) return rv;
    }
    return 1;
}

int molt_setimpl_issuperset(MoltValue so, MoltValue other) {
    if (molt_is_anyset(other)) return molt_setimpl_issubset(other, so);
    MoltValue it = molt_iter(other);
    if (it == MOLT_ERROR) return -1;
    for (;;) {
        MoltValue k = molt_next(it);
        if (k == MOLT_EXHAUSTED) break;
        int rv = k == MOLT_ERROR ? -1 : molt_set_contains(so, k);
        molt_xdecref(k);
        if (rv <= 0) {
            molt_decref(it);
            return rv;
        }
    }
    molt_decref(it);
    return 1;
}

MoltValue molt_setimpl_bool(int r) { return r < 0 ? MOLT_ERROR : molt_from_bool(r); }
MoltValue molt_set_issubset(MoltValue so, MoltValue other) { return molt_setimpl_bool(molt_setimpl_issubset(so, other)); }
MoltValue molt_set_issuperset(MoltValue so, MoltValue other) { return molt_setimpl_bool(molt_setimpl_issuperset(so, other)); }

MoltValue molt_set_isdisjoint(MoltValue so, MoltValue other) {
    if (so == other) return molt_from_bool(molt_setimpl_as(so)->used == 0);
    if (molt_is_anyset(other)) {
        MoltSet *a = molt_setimpl_as(so), *b = molt_setimpl_as(other);
        if (b->used > a->used) {
            MoltSet *t = a;
            a = b;
            b = t;
        }
        for (int64_t i = 0; i <= b->mask; i++) {
            MoltValue k = b->table[i].key;
            if (k == EMPTY || k == DUMMY) continue;
            molt_incref(k);
            int rv = molt_setimpl_contains_entry(a, k, b->table[i].hash);
            molt_decref(k);
            if (rv < 0) return MOLT_ERROR;
            if (rv) return MOLT_FALSE;
        }
        return MOLT_TRUE;
    }
    MoltValue it = molt_iter(other);
    if (it == MOLT_ERROR) return it;
    for (;;) {
        MoltValue k = molt_next(it);
        if (k == MOLT_EXHAUSTED) break;
        int rv = k == MOLT_ERROR ? -1 : molt_set_contains(so, k);
        molt_xdecref(k);
        if (rv != 0) {
            molt_decref(it);
            return rv < 0 ? MOLT_ERROR : MOLT_FALSE;
        }
    }
    molt_decref(it);
    return MOLT_TRUE;
}

/* ---- operators ---------------------------------------------------------------------- */

MoltValue molt_setimpl_or(MoltValue a, MoltValue b) {
    if (!molt_is_anyset(a) || !molt_is_anyset(b)) return MOLT_NOTIMPLEMENTED;
    return molt_set_union(a, b);
}
MoltValue molt_setimpl_and(MoltValue a, MoltValue b) {
    if (!molt_is_anyset(a) || !molt_is_anyset(b)) return MOLT_NOTIMPLEMENTED;
    return molt_set_intersection(a, b);
}
MoltValue molt_setimpl_sub(MoltValue a, MoltValue b) {
    if (!molt_is_anyset(a) || !molt_is_anyset(b)) return MOLT_NOTIMPLEMENTED;
    return molt_set_difference(a, b);
}
MoltValue molt_setimpl_xor(MoltValue a, MoltValue b) {
    if (!molt_is_anyset(a) || !molt_is_anyset(b)) return MOLT_NOTIMPLEMENTED;
    return molt_set_symmetric_difference(a, b);
}

MoltValue molt_set_ior(MoltValue s, MoltValue o) {
    if (!molt_is_anyset(o)) return MOLT_NOTIMPLEMENTED;
    return molt_set_update(s, o) < 0 ? MOLT_ERROR : molt_incref(s);
}
MoltValue molt_set_iand(MoltValue s, MoltValue o) {
    if (!molt_is_anyset(o)) return MOLT_NOTIMPLEMENTED;
    return molt_set_intersection_update(s, o) == MOLT_ERROR ? MOLT_ERROR : molt_incref(s);
}
MoltValue molt_set_isub(MoltValue s, MoltValue o) {
    if (!molt_is_anyset(o)) return MOLT_NOTIMPLEMENTED;
    return difference_update_internal(s, o) < 0 ? MOLT_ERROR : molt_incref(s);
}
MoltValue molt_set_ixor(MoltValue s, MoltValue o) {
    if (!molt_is_anyset(o)) return MOLT_NOTIMPLEMENTED;
    return symmetric_update(s, o) < 0 ? MOLT_ERROR : molt_incref(s);
}


/* ---- the methods taking any number of others (CPython set_union, set_intersection_multi,
 * set_difference_multi, set_update, set_intersection_update_multi, set_difference_update) ---- */

MoltValue molt_set_union_multi(MoltValue so, const MoltValue *others, size_t n) {
    MoltValue r = molt_set_copy(so);
    if (r == MOLT_ERROR) return r;
    for (size_t i = 0; i < n; i++) {
        if (others[i] == so) continue;
        if (molt_set_update(r, others[i]) < 0) {
            molt_decref(r);
            return MOLT_ERROR;
        }
    }
    return r;
}

MoltValue molt_set_intersection_multi(MoltValue so, const MoltValue *others, size_t n) {
    if (n == 0) return molt_set_copy(so);
    MoltValue r = molt_incref(so);
    for (size_t i = 0; i < n; i++) {
        MoltValue next = molt_set_intersection(r, others[i]);
        molt_decref(r);
        if (next == MOLT_ERROR) return MOLT_ERROR;
        r = next;
    }
    return r;
}

MoltValue molt_set_difference_multi(MoltValue so, const MoltValue *others, size_t n) {
    if (n == 0) return molt_set_copy(so);
    MoltValue r = molt_set_difference(so, others[0]);
    for (size_t i = 1; r != MOLT_ERROR && i < n; i++) {
        if (difference_update_internal(r, others[i]) < 0) {
            molt_decref(r);
            return MOLT_ERROR;
        }
    }
    return r;
}

MoltValue molt_set_update_multi(MoltValue so, const MoltValue *others, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (molt_set_update(so, others[i]) < 0) return MOLT_ERROR;
    return MOLT_NONE;
}

MoltValue molt_set_intersection_update_multi(MoltValue so, const MoltValue *others, size_t n) {
    MoltValue tmp = molt_set_intersection_multi(so, others, n);
    if (tmp == MOLT_ERROR) return tmp;
    replace_body(so, tmp);
    return MOLT_NONE;
}

MoltValue molt_set_difference_update_multi(MoltValue so, const MoltValue *others, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (difference_update_internal(so, others[i]) < 0) return MOLT_ERROR;
    return MOLT_NONE;
}
