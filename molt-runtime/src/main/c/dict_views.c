/*
 * dict_views.c — the set-like behaviour of dict_keys and dict_items: the operators & | - ^
 * (either operand a view), comparison with sets and other views, and isdisjoint().
 * The results are sets built by the same sequence of set operations as CPython's, so their
 * iteration order is CPython's.
 *
 * Source followed: CPython 3.11 Objects/dictobject.c (dictviews_to_set, dictviews_sub,
 * _PyDictView_Intersect, dictviews_or, dictitems_xor, dictviews_xor, dictview_richcompare,
 * all_contained_in, dictviews_isdisjoint).
 */
#include "molt/molt.h"
#include "slots.h"

static bool is_view_set(MoltValue v) {
    MoltType *t = molt_type_of(v);
    return t == &MoltDictKeys_Type || t == &MoltDictItems_Type;
}

/* set(self): a keys view of a dict goes through the dict (set.update's dict fast path). */
static MoltValue view_to_set(MoltValue self) {
    if (molt_type_of(self) == &MoltDictKeys_Type) return molt_set_new(molt_dictview_dict(self));
    return molt_set_new(self);
}

MoltValue dictview_nb_sub(MoltValue self, MoltValue other) {
    MoltValue r = view_to_set(self);
    if (r == MOLT_ERROR) return r;
    MoltValue x = molt_set_difference_update(r, other);
    if (x == MOLT_ERROR) {
        molt_decref(r);
        return MOLT_ERROR;
    }
    return r;
}

MoltValue dictview_nb_or(MoltValue self, MoltValue other) {
    MoltValue r = view_to_set(self);
    if (r == MOLT_ERROR) return r;
    if (molt_set_update(r, other) < 0) {
        molt_decref(r);
        return MOLT_ERROR;
    }
    return r;
}

MoltValue dictview_nb_and(MoltValue self, MoltValue other) {
    if (!is_view_set(self)) { /* the view is the right operand */
        MoltValue t = self;
        self = other;
        other = t;
    }
    int64_t len_self = molt_len(self);
    if (molt_type_of(other) == &MoltSet_Type && len_self <= molt_set_size(other))
        return molt_set_intersection(other, self);
    if (is_view_set(other) && molt_len(other) > len_self) {
        MoltValue t = self;
        self = other;
        other = t;
    }
    MoltValue r = molt_set_new(MOLT_NONE);
    if (r == MOLT_ERROR) return r;
    MoltValue it = molt_iter(other);
    if (it == MOLT_ERROR) {
        molt_decref(r);
        return MOLT_ERROR;
    }
    for (;;) {
        MoltValue k = molt_next(it);
        if (k == MOLT_EXHAUSTED) break;
        int rv = k == MOLT_ERROR ? -1 : molt_contains(self, k);
        if (rv > 0) rv = molt_set_add(r, k);
        if (k != MOLT_ERROR) molt_decref(k);
        if (rv < 0) {
            molt_decref(it);
            molt_decref(r);
            return MOLT_ERROR;
        }
    }
    molt_decref(it);
    return r;
}

/* dictitems_xor: the pairs of d2 whose key is absent from d1 or has another value, then the rest of d1. */
static MoltValue items_xor(MoltValue self, MoltValue other) {
    MoltValue d1 = molt_dictview_dict(self), d2 = molt_dictview_dict(other);
    MoltValue tmp = molt_dict_copy(d1), r = tmp == MOLT_ERROR ? MOLT_ERROR : molt_set_new(MOLT_NONE);
    if (r == MOLT_ERROR) {
        if (tmp != MOLT_ERROR) molt_decref(tmp);
        return MOLT_ERROR;
    }
    int64_t pos = 0;
    MoltValue key, val2;
    int rc = 0;
    while (rc == 0 && molt_dict_next(d2, &pos, &key, &val2)) {
        molt_incref(key);
        molt_incref(val2);
        MoltValue val1 = molt_dict_lookup(tmp, key);
        int to_delete = 0;
        if (val1 == MOLT_ERROR) {
            if (molt_err_occurred()) rc = -1;
        } else {
            molt_incref(val1);
            to_delete = molt_richcompare_bool(val1, val2, MOLT_EQ);
            molt_decref(val1);
            if (to_delete < 0) rc = -1;
        }
        if (rc == 0 && to_delete) {
            rc = molt_dict_delitem(tmp, key);
        } else if (rc == 0) {
            MoltValue pair = molt_tuple_pack2(molt_incref(key), molt_incref(val2));
            rc = pair == MOLT_ERROR ? -1 : molt_set_add(r, pair);
            if (pair != MOLT_ERROR) molt_decref(pair);
        }
        molt_decref(key);
        molt_decref(val2);
    }
    if (rc == 0) {
        MoltValue rest = molt_dict_items(tmp);
        rc = rest == MOLT_ERROR ? -1 : molt_set_update(r, rest);
        if (rest != MOLT_ERROR) molt_decref(rest);
    }
    molt_decref(tmp);
    if (rc < 0) {
        molt_decref(r);
        return MOLT_ERROR;
    }
    return r;
}

MoltValue dictview_nb_xor(MoltValue self, MoltValue other) {
    if (molt_type_of(self) == &MoltDictItems_Type && molt_type_of(other) == &MoltDictItems_Type)
        return items_xor(self, other);
    MoltValue r = view_to_set(self);
    if (r == MOLT_ERROR) return r;
    if (molt_set_symmetric_difference_update(r, other) == MOLT_ERROR) {
        molt_decref(r);
        return MOLT_ERROR;
    }
    return r;
}

/* Every item of a is in b: -1, 0, 1. */
static int all_contained_in(MoltValue a, MoltValue b) {
    MoltValue it = molt_iter(a);
    if (it == MOLT_ERROR) return -1;
    int ok = 1;
    for (;;) {
        MoltValue k = molt_next(it);
        if (k == MOLT_EXHAUSTED) break;
        if (k == MOLT_ERROR) {
            ok = -1;
            break;
        }
        ok = molt_contains(b, k);
        molt_decref(k);
        if (ok <= 0) break;
    }
    molt_decref(it);
    return ok;
}

MoltValue molt_dictview_richcompare(MoltValue self, MoltValue other, int op) {
    if (!molt_is_anyset(other) && !is_view_set(other)) return MOLT_NOTIMPLEMENTED;
    int64_t len_self = molt_len(self), len_other = molt_len(other);
    int ok = 0;
    switch (op) {
    case MOLT_EQ:
    case MOLT_NE:
        if (len_self == len_other) ok = all_contained_in(self, other);
        if (op == MOLT_NE && ok >= 0) ok = !ok;
        break;
    case MOLT_LT: if (len_self < len_other) ok = all_contained_in(self, other); break;
    case MOLT_LE: if (len_self <= len_other) ok = all_contained_in(self, other); break;
    case MOLT_GT: if (len_self > len_other) ok = all_contained_in(other, self); break;
    default: if (len_self >= len_other) ok = all_contained_in(other, self); break;
    }
    return ok < 0 ? MOLT_ERROR : molt_from_bool(ok);
}

MoltValue molt_dictview_isdisjoint(MoltValue self, MoltValue other) {
    if (self == other) return molt_from_bool(molt_len(self) == 0);
    if (molt_is_anyset(other) || is_view_set(other)) {
        int64_t len_other = molt_len(other);
        if (len_other < 0) return MOLT_ERROR;
        if (len_other > molt_len(self)) {
            MoltValue t = self;
            self = other;
            other = t;
        }
    }
    MoltValue it = molt_iter(other);
    if (it == MOLT_ERROR) return MOLT_ERROR;
    int found = 0;
    for (;;) {
        MoltValue k = molt_next(it);
        if (k == MOLT_EXHAUSTED) break;
        if (k == MOLT_ERROR) {
            found = -1;
            break;
        }
        found = molt_contains(self, k);
        molt_decref(k);
        if (found != 0) break;
    }
    molt_decref(it);
    return found < 0 ? MOLT_ERROR : molt_from_bool(!found);
}
