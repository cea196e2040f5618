/*
 * range_big.c — ranges whose start, stop, step or length do not fit in int64: CPython keeps
 * range's fields as PyLongs (Objects/rangeobject.c compute_range_length, compute_item,
 * range_contains_long, range_index, longrangeiter), so range(10**20, 10**20 + 3) iterates and
 * len() raises OverflowError only when the length itself is too large. Slicing such a range is
 * not supported yet (NotImplementedError).
 */
#include "rangeimpl.h"

static MoltValue field(MoltRange *r, int i) { return molt_tuple_get(r->big, i); }

MoltValue molt_bigrange_field(MoltRange *r, int which) { return molt_incref(field(r, which)); }

/* compute_range_length: (hi - lo - 1) // step + 1 when lo < hi, with lo, hi, step oriented by step's sign. */
static MoltValue compute_length(MoltValue start, MoltValue stop, MoltValue step) {
    bool neg = molt_int_sign(step) < 0;
    MoltValue lo = neg ? stop : start, hi = neg ? start : stop;
    if (molt_int_compare(lo, hi) >= 0) return molt_from_smallint(0);
    MoltValue st = neg ? molt_int_neg(step) : molt_incref(step);
    MoltValue diff = molt_int_sub(hi, lo);
    MoltValue one = molt_from_smallint(1);
    MoltValue d1 = diff == MOLT_ERROR ? MOLT_ERROR : molt_int_sub(diff, one);
    MoltValue q = d1 == MOLT_ERROR || st == MOLT_ERROR ? MOLT_ERROR : molt_int_floordiv(d1, st);
    MoltValue len = q == MOLT_ERROR ? MOLT_ERROR : molt_int_add(q, one);
    molt_xdecref(st);
    molt_xdecref(diff);
    molt_xdecref(d1);
    molt_xdecref(q);
    return len;
}

MoltValue molt_bigrange_new(MoltValue start, MoltValue stop, MoltValue step) {
    MoltValue len = compute_length(start, stop, step);
    if (len == MOLT_ERROR) return len;
    MoltValue t = molt_tuple_new(4);
    if (t == MOLT_ERROR) {
        molt_decref(len);
        return t;
    }
    molt_tuple_set(t, 0, molt_incref(start));
    molt_tuple_set(t, 1, molt_incref(stop));
    molt_tuple_set(t, 2, molt_incref(step));
    molt_tuple_set(t, 3, len);
    MoltRange *r = molt_alloc_fixed(&MoltRange_Type);
    if (!r) {
        molt_decref(t);
        return MOLT_ERROR;
    }
    r->start = r->stop = r->step = r->length = 0;
    r->big = t;
    return molt_from_ptr(r);
}

MoltValue molt_bigrange_repr(MoltRange *r) {
    MoltValue a = molt_int_str(field(r, 0)), b = molt_int_str(field(r, 1));
    MoltValue c = molt_int_compare(field(r, 2), molt_from_smallint(1)) == 0 ? MOLT_NONE : molt_int_str(field(r, 2));
    MoltStrBuf sb;
    molt_strbuf_init(&sb);
    molt_strbuf_append_cstr(&sb, "range(");
    if (a != MOLT_ERROR) molt_strbuf_append_str(&sb, a);
    molt_strbuf_append_cstr(&sb, ", ");
    if (b != MOLT_ERROR) molt_strbuf_append_str(&sb, b);
    if (c != MOLT_NONE && c != MOLT_ERROR) {
        molt_strbuf_append_cstr(&sb, ", ");
        molt_strbuf_append_str(&sb, c);
    }
    molt_strbuf_append_char(&sb, ')');
    bool failed = a == MOLT_ERROR || b == MOLT_ERROR || c == MOLT_ERROR;
    molt_xdecref(a);
    molt_xdecref(b);
    if (c != MOLT_NONE) molt_xdecref(c);
    if (failed) {
        molt_strbuf_release(&sb);
        return MOLT_ERROR;
    }
    return molt_strbuf_finish(&sb);
}

int64_t molt_bigrange_length(MoltRange *r) {
    int64_t n;
    if (molt_int_as_i64(field(r, 3), &n) < 0) {
        molt_err_clear();
        molt_err_set(&MoltExc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return n;
}

int molt_bigrange_bool(MoltRange *r) { return molt_int_sign(field(r, 3)) != 0; }

/* start + i * step */
static MoltValue item_at(MoltRange *r, MoltValue i) {
    MoltValue p = molt_int_mul(i, field(r, 2));
    if (p == MOLT_ERROR) return p;
    MoltValue x = molt_int_add(field(r, 0), p);
    molt_decref(p);
    return x;
}

MoltValue molt_bigrange_subscript(MoltRange *r, MoltValue key) {
    if (molt_is_slice(key)) {
        molt_err_set(&MoltExc_NotImplementedError, "slicing a range with bounds outside int64 is not supported yet");
        return MOLT_ERROR;
    }
    if (!molt_is_intlike(key)) {
        molt_err_format(&MoltExc_TypeError, "range indices must be integers or slices, not %s",
                        molt_type_of(key)->tp_name);
        return MOLT_ERROR;
    }
    MoltValue i = molt_int_sign(key) < 0 ? molt_int_add(key, field(r, 3)) : molt_int_add(key, molt_from_smallint(0));
    if (i == MOLT_ERROR) return i;
    if (molt_int_sign(i) < 0 || molt_int_compare(i, field(r, 3)) >= 0) {
        molt_decref(i);
        molt_err_set(&MoltExc_IndexError, "range object index out of range");
        return MOLT_ERROR;
    }
    MoltValue x = item_at(r, i);
    molt_decref(i);
    return x;
}

/* range_contains_long: the index of int x in r (new ref), MOLT_NONE when absent, MOLT_ERROR. */
static MoltValue position(MoltRange *r, MoltValue x) {
    MoltValue start = field(r, 0), stop = field(r, 1), step = field(r, 2);
    bool inside = molt_int_sign(step) > 0 ? molt_int_compare(start, x) <= 0 && molt_int_compare(x, stop) < 0
                                          : molt_int_compare(stop, x) < 0 && molt_int_compare(x, start) <= 0;
    if (!inside) return MOLT_NONE;
    MoltValue d = molt_int_sub(x, start);
    if (d == MOLT_ERROR) return d;
    MoltValue qr = molt_int_divmod(d, step);
    molt_decref(d);
    if (qr == MOLT_ERROR) return qr;
    MoltValue q = MOLT_NONE;
    if (molt_int_sign(molt_tuple_get(qr, 1)) == 0) q = molt_incref(molt_tuple_get(qr, 0));
    molt_decref(qr);
    return q;
}

/* The generic search by comparison with each item (_PySequence_IterSearch); count or first index. */
static MoltValue search(MoltRange *r, MoltValue x, bool count) {
    MoltValue it = molt_bigrange_iter(r, false);
    if (it == MOLT_ERROR) return it;
    int64_t n = 0, k = 0;
    MoltValue result = MOLT_NONE;
    for (;; k++) {
        MoltValue item = molt_next(it);
        if (item == MOLT_EXHAUSTED) break;
        if (item == MOLT_ERROR) {
            result = MOLT_ERROR;
            break;
        }
        int c = molt_richcompare_bool(item, x, MOLT_EQ);
        molt_decref(item);
        if (c < 0) {
            result = MOLT_ERROR;
            break;
        }
        if (c && !count) {
            result = molt_int_from_i64(k);
            break;
        }
        n += c;
    }
    molt_decref(it);
    if (count && result != MOLT_ERROR) return molt_int_from_i64(n);
    return result;
}

int molt_bigrange_contains(MoltRange *r, MoltValue x) {
    MoltValue p = molt_is_intlike(x) ? position(r, x) : search(r, x, false);
    if (p == MOLT_ERROR) return -1;
    if (p == MOLT_NONE) return 0;
    molt_decref(p);
    return 1;
}

MoltValue molt_bigrange_count(MoltRange *r, MoltValue x) {
    if (!molt_is_int(x)) return search(r, x, true);
    MoltValue p = position(r, x);
    if (p == MOLT_ERROR) return p;
    if (p == MOLT_NONE) return molt_from_smallint(0);
    molt_decref(p);
    return molt_from_smallint(1);
}

MoltValue molt_bigrange_index(MoltRange *r, MoltValue x) {
    MoltValue p = molt_is_int(x) ? position(r, x) : search(r, x, false);
    if (p != MOLT_NONE) return p;
    if (!molt_is_int(x)) {
        molt_err_set(&MoltExc_ValueError, "sequence.index(x): x not in sequence");
        return MOLT_ERROR;
    }
    MoltValue text = molt_repr(x);
    if (text == MOLT_ERROR) return MOLT_ERROR;
    molt_err_format(&MoltExc_ValueError, "%s is not in range", molt_str_data(text));
    molt_decref(text);
    return MOLT_ERROR;
}

/* ---- longrange_iterator ------------------------------------------------------------------ */

typedef struct MoltLongRangeIter {
    MoltObject ob;
    MoltValue next, step, remaining; /* owned ints */
} MoltLongRangeIter;

static void longiter_dealloc(MoltObject *o) {
    MoltLongRangeIter *it = (MoltLongRangeIter *)o;
    molt_decref(it->next);
    molt_decref(it->step);
    molt_decref(it->remaining);
    molt_free_object(o);
}

static MoltValue longiter_next(MoltValue v) {
    MoltLongRangeIter *it = (MoltLongRangeIter *)molt_as_ptr(v);
    if (molt_int_sign(it->remaining) <= 0) return MOLT_EXHAUSTED;
    MoltValue rem = molt_int_sub(it->remaining, molt_from_smallint(1));
    MoltValue nxt = rem == MOLT_ERROR ? MOLT_ERROR : molt_int_add(it->next, it->step);
    if (nxt == MOLT_ERROR) {
        molt_xdecref(rem);
        return MOLT_ERROR;
    }
    MoltValue result = it->next;
    molt_decref(it->remaining);
    it->remaining = rem;
    it->next = nxt;
    return result; /* the reference the iterator held */
}

static MoltValue longiter_self(MoltValue v) { return molt_incref(v); }

MoltType MoltLongRangeIter_Type = {
    .ob = MOLT_STATIC_HEADER(&MoltType_Type),
    .tp_name = "longrange_iterator",
    .tp_basicsize = sizeof(MoltLongRangeIter),
    .tp_dealloc = longiter_dealloc,
    .tp_base = &MoltBaseObject_Type,
    .tp_mro = MOLT_NONE,
    .tp_dict = MOLT_NONE,
    .tp_iter = longiter_self,
    .tp_iternext = longiter_next,
};

MoltValue molt_bigrange_iter(MoltRange *r, bool reverse) {
    MoltValue next, step;
    if (reverse) { /* start + (len - 1) * step, then -step */
        MoltValue last = molt_int_sub(field(r, 3), molt_from_smallint(1));
        if (last == MOLT_ERROR) return last;
        next = item_at(r, last);
        molt_decref(last);
        step = next == MOLT_ERROR ? MOLT_ERROR : molt_int_neg(field(r, 2));
        if (step == MOLT_ERROR) {
            molt_xdecref(next);
            return MOLT_ERROR;
        }
    } else {
        next = molt_incref(field(r, 0));
        step = molt_incref(field(r, 2));
    }
    MoltLongRangeIter *it = molt_alloc_object(&MoltLongRangeIter_Type, sizeof(MoltLongRangeIter));
    if (!it) {
        molt_decref(next);
        molt_decref(step);
        return MOLT_ERROR;
    }
    it->next = next;
    it->step = step;
    it->remaining = molt_incref(field(r, 3));
    return molt_from_ptr(it);
}
