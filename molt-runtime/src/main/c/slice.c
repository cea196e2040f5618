/*
 * slice.c — slice objects, PySlice_Unpack/PySlice_AdjustIndices, and range
 * with its iterator.
 *
 * Source followed: CPython 3.12 Objects/sliceobject.c, Objects/rangeobject.c.
 */
#include "molt/method_defs.h"
#include "molt/fmt.h"
#include "slots.h"
#include "rangeimpl.h"

#include <stdio.h>

static MoltSlice *as_slice(MoltValue v) { return (MoltSlice *)molt_as_ptr(v); }

bool molt_is_slice(MoltValue v) { return molt_is_ptr(v) && molt_as_ptr(v)->type == &MoltSlice_Type; }

MoltValue molt_slice_new(MoltValue start, MoltValue stop, MoltValue step) {
    MoltSlice *s = molt_alloc_object(&MoltSlice_Type, sizeof(MoltSlice));
    if (!s) return MOLT_ERROR;
    s->start = molt_incref(start);
    s->stop = molt_incref(stop);
    s->step = molt_incref(step);
    return molt_from_ptr(s);
}

static void slice_dealloc(MoltObject *o) {
    MoltSlice *s = (MoltSlice *)o;
    molt_decref(s->start);
    molt_decref(s->stop);
    molt_decref(s->step);
    molt_free_object(o);
}

/* _PyEval_SliceIndex: 0 when None, 1 with *out (clamped to +-2**62), -1 on error. */
static int slice_index(MoltValue v, int64_t *out) {
    if (v == MOLT_NONE) return 0;
    if (!molt_is_intlike(v)) {
        molt_err_set(&MoltExc_TypeError, "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    if (molt_int_as_i64(v, out) < 0) {
        molt_err_clear();
        *out = molt_int_sign(v) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    }
    if (*out > INT64_MAX / 2) *out = INT64_MAX / 2;
    if (*out < INT64_MIN / 2) *out = INT64_MIN / 2;
    return 1;
}

int molt_slice_bounds(MoltValue vstart, MoltValue vstop, MoltValue vstep, int64_t len, int64_t *pstart,
                      int64_t *pstep, int64_t *pcount) {
    int64_t start, stop, step = 1;
    int k = slice_index(vstep, &step);
    if (k < 0) return -1;
    if (k && step == 0) {
        molt_err_set(&MoltExc_ValueError, "slice step cannot be zero");
        return -1;
    }
    int ks = slice_index(vstart, &start);
    if (ks < 0) return -1;
    int ke = slice_index(vstop, &stop);
    if (ke < 0) return -1;
    if (!ks) start = step < 0 ? INT64_MAX / 2 : 0;
    if (!ke) stop = step < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    if (start < 0) {
        start += len;
        if (start < 0) start = step < 0 ? -1 : 0;
    } else if (start >= len) {
        start = step < 0 ? len - 1 : len;
    }
    if (stop < 0) {
        stop += len;
        if (stop < 0) stop = step < 0 ? -1 : 0;
    } else if (stop >= len) {
        stop = step < 0 ? len - 1 : len;
    }
    int64_t count = 0;
    if (step < 0) {
        if (stop < start) count = (start - stop - 1) / (-step) + 1;
    } else if (start < stop) {
        count = (stop - start - 1) / step + 1;
    }
    *pstart = start;
    *pstep = step;
    *pcount = count;
    return 0;
}

int molt_slice_indices(MoltValue slice, int64_t len, int64_t *start, int64_t *step, int64_t *count) {
    MoltSlice *s = as_slice(slice);
    return molt_slice_bounds(s->start, s->stop, s->step, len, start, step, count);
}

MoltValue molt_slice_indices_method(MoltValue slice, MoltValue length) {
    if (!molt_is_intlike(length)) {
        molt_err_format(&MoltExc_TypeError, "'%s' object cannot be interpreted as an integer",
                        molt_type_of(length)->tp_name);
        return MOLT_ERROR;
    }
    int64_t len;
    if (molt_int_as_i64(length, &len) < 0) return MOLT_ERROR;
    if (len < 0) {
        molt_err_set(&MoltExc_ValueError, "length should not be negative");
        return MOLT_ERROR;
    }
    int64_t start, step, count;
    if (molt_slice_indices(slice, len, &start, &step, &count) < 0) return MOLT_ERROR;
    /* _PySlice_GetLongIndices: stop is the clamped stop, not start + count*step. */
    MoltSlice *s = as_slice(slice);
    int64_t stop;
    if (s->stop == MOLT_NONE) {
        stop = step < 0 ? -1 : len;
    } else {
        if (slice_index(s->stop, &stop) < 0) return MOLT_ERROR;
        if (stop < 0) {
            stop += len;
            if (stop < 0) stop = step < 0 ? -1 : 0;
        } else if (stop >= len) {
            stop = step < 0 ? len - 1 : len;
        }
    }
    MoltValue t = molt_tuple_new(3);
    if (t == MOLT_ERROR) return MOLT_ERROR;
    molt_tuple_set(t, 0, molt_int_from_i64(start));
    molt_tuple_set(t, 1, molt_int_from_i64(stop));
    molt_tuple_set(t, 2, molt_int_from_i64(step));
    return t;
}

static MoltValue slice_repr(MoltValue v) {
    MoltSlice *s = as_slice(v);
    MoltStrBuf b;
    molt_strbuf_init(&b);
    molt_strbuf_append_cstr(&b, "slice(");
    MoltValue parts[3] = {s->start, s->stop, s->step};
    for (int i = 0; i < 3; i++) {
        if (i) molt_strbuf_append(&b, ", ", 2);
        MoltValue r = molt_repr(parts[i]);
        if (r == MOLT_ERROR) {
            molt_strbuf_release(&b);
            return MOLT_ERROR;
        }
        molt_strbuf_append_str(&b, r);
        molt_decref(r);
    }
    molt_strbuf_append_char(&b, ')');
    return molt_strbuf_finish(&b);
}

static MoltValue slice_richcompare(MoltValue v, MoltValue w, int op) {
    if (!molt_is_slice(w)) return MOLT_NOTIMPLEMENTED;
    MoltValue a = molt_tuple_new(3), b = molt_tuple_new(3);
    if (a == MOLT_ERROR || b == MOLT_ERROR) {
        molt_xdecref(a);
        molt_xdecref(b);
        return MOLT_ERROR;
    }
    MoltSlice *x = as_slice(v), *y = as_slice(w);
    molt_tuple_set(a, 0, molt_incref(x->start));
    molt_tuple_set(a, 1, molt_incref(x->stop));
    molt_tuple_set(a, 2, molt_incref(x->step));
    molt_tuple_set(b, 0, molt_incref(y->start));
    molt_tuple_set(b, 1, molt_incref(y->stop));
    molt_tuple_set(b, 2, molt_incref(y->step));
    MoltValue r = molt_richcompare(a, b, op);
    molt_decref(a);
    molt_decref(b);
    return r;
}


MoltType MoltSlice_Type = {
    .ob = MOLT_STATIC_HEADER(&MoltType_Type),
    .tp_name = "slice",
    .tp_methods = molt_methods_slice,
    .tp_basicsize = sizeof(MoltSlice),
    .tp_dealloc = slice_dealloc,
    .tp_repr = slice_repr,
    .tp_richcompare = slice_richcompare,
    .tp_index = MOLT_TI_SLICE,
    .tp_base = &MoltBaseObject_Type,
    .tp_mro = MOLT_NONE,
    .tp_dict = MOLT_NONE,
};

/* ---- range ----------------------------------------------------------------- */


static MoltRange *as_range(MoltValue v) { return (MoltRange *)molt_as_ptr(v); }
bool molt_is_range(MoltValue v) { return molt_is_ptr(v) && molt_as_ptr(v)->type == &MoltRange_Type; }

/* 0, 1 when v does not fit in int64 (a big range), -1 + TypeError for a non-int. */
static int range_arg(MoltValue v, int64_t *out) {
    if (!molt_is_intlike(v)) {
        molt_err_format(&MoltExc_TypeError, "'%s' object cannot be interpreted as an integer",
                        molt_type_of(v)->tp_name);
        return -1;
    }
    if (molt_int_as_i64(v, out) < 0) {
        molt_err_clear();
        return 1;
    }
    return 0;
}

/* compute_range_length with int64 arithmetic that cannot overflow. */
static int64_t range_len(int64_t start, int64_t stop, int64_t step) {
    if (step > 0 && start < stop) return (int64_t)(((uint64_t)stop - (uint64_t)start - 1) / (uint64_t)step + 1);
    if (step < 0 && start > stop)
        return (int64_t)(((uint64_t)start - (uint64_t)stop - 1) / (0 - (uint64_t)step) + 1);
    return 0;
}

static MoltValue range_from(int64_t start, int64_t stop, int64_t step) {
    int64_t len = range_len(start, stop, step);
    if (len < 0) { /* the length does not fit in int64: a big range */
        MoltValue a = molt_int_from_i64(start), b = molt_int_from_i64(stop), c = molt_int_from_i64(step);
        MoltValue r = (a == MOLT_ERROR || b == MOLT_ERROR || c == MOLT_ERROR) ? MOLT_ERROR : molt_bigrange_new(a, b, c);
        molt_xdecref(a);
        molt_xdecref(b);
        molt_xdecref(c);
        return r;
    }
    MoltRange *r = molt_alloc_fixed(&MoltRange_Type);
    if (!r) return MOLT_ERROR;
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->length = len;
    r->big = MOLT_NONE;
    return molt_from_ptr(r);
}

/* A range with a bound outside int64 (bools become ints, as PyNumber_Index). */
static MoltValue big_range(MoltValue vstart, MoltValue vstop, MoltValue vstep) {
    MoltValue zero = molt_from_smallint(0);
    MoltValue a = vstart == MOLT_NONE ? zero : molt_int_add(vstart, zero);
    MoltValue b = molt_int_add(vstop, zero);
    MoltValue c = vstep == MOLT_NONE ? molt_from_smallint(1) : molt_int_add(vstep, zero);
    MoltValue r = (a == MOLT_ERROR || b == MOLT_ERROR || c == MOLT_ERROR) ? MOLT_ERROR : molt_bigrange_new(a, b, c);
    molt_xdecref(a);
    molt_xdecref(b);
    molt_xdecref(c);
    return r;
}

MoltValue molt_range_new(MoltValue vstart, MoltValue vstop, MoltValue vstep) {
    if (molt_is_smallint(vstop) && (vstart == MOLT_NONE || molt_is_smallint(vstart)) &&
        (vstep == MOLT_NONE || (molt_is_smallint(vstep) && vstep != molt_from_smallint(0))))
        return range_from(vstart == MOLT_NONE ? 0 : molt_as_smallint(vstart), molt_as_smallint(vstop),
                          vstep == MOLT_NONE ? 1 : molt_as_smallint(vstep));
    MoltValue parts[3] = {vstart, vstop, vstep};
    for (int i = 0; i < 3; i++) { /* instances of classes with __index__ (PyNumber_Index) */
        MoltValue ix = parts[i] == MOLT_NONE ? MOLT_NOTIMPLEMENTED : molt_class_number(parts[i], "__index__");
        if (ix == MOLT_ERROR) return ix;
        if (ix != MOLT_NOTIMPLEMENTED) {
            parts[i] = ix;
            MoltValue r = molt_range_new(parts[0], parts[1], parts[2]);
            molt_decref(ix);
            return r;
        }
    }
    int64_t start = 0, stop, step = 1;
    int big = 0, k;
    if (vstart == MOLT_NONE) {
        if ((k = range_arg(vstop, &stop)) < 0) return MOLT_ERROR;
        big |= k;
    } else {
        if ((k = range_arg(vstart, &start)) < 0) return MOLT_ERROR;
        big |= k;
        if ((k = range_arg(vstop, &stop)) < 0) return MOLT_ERROR;
        big |= k;
        if (vstep != MOLT_NONE) {
            if ((k = range_arg(vstep, &step)) < 0) return MOLT_ERROR;
            big |= k;
            if (molt_int_sign(vstep) == 0) {
                molt_err_set(&MoltExc_ValueError, "range() arg 3 must not be zero");
                return MOLT_ERROR;
            }
        }
    }
    if (big) return big_range(vstart, vstop, vstep);
    return range_from(start, stop, step);
}

MoltValue molt_range_call(const MoltValue *args, size_t nargs) {
    switch (nargs) {
    case 1: return molt_range_new(MOLT_NONE, args[0], MOLT_NONE);
    case 2: return molt_range_new(args[0], args[1], MOLT_NONE);
    case 3: return molt_range_new(args[0], args[1], args[2]);
    default: return molt_call(molt_from_ptr(&MoltRange_Type), args, nargs, 0);
    }
}

static void range_dealloc(MoltObject *o) {
    molt_decref(((MoltRange *)o)->big);
    molt_free_fixed(o);
}

static MoltValue range_repr(MoltValue v) {
    MoltRange *r = as_range(v);
    if (r->big != MOLT_NONE) return molt_bigrange_repr(r);
    char buf[96];
    if (r->step == 1)
        molt_snprintf(buf, sizeof buf, "range(%lld, %lld)", (long long)r->start, (long long)r->stop);
    else
        molt_snprintf(buf, sizeof buf, "range(%lld, %lld, %lld)", (long long)r->start, (long long)r->stop,
                 (long long)r->step);
    return molt_str_from_cstr(buf);
}

int64_t range_sq_length(MoltValue v) {
    MoltRange *r = as_range(v);
    return r->big != MOLT_NONE ? molt_bigrange_length(r) : r->length;
}

MoltValue range_sq_item(MoltValue v, int64_t i) {
    MoltRange *r = as_range(v);
    if (r->big != MOLT_NONE) {
        MoltValue key = molt_int_from_i64(i);
        MoltValue x = key == MOLT_ERROR ? MOLT_ERROR : molt_bigrange_subscript(r, key);
        molt_xdecref(key);
        return x;
    }
    if (i < 0 || i >= r->length) {
        molt_err_set(&MoltExc_IndexError, "range object index out of range");
        return MOLT_ERROR;
    }
    return molt_int_from_i64(r->start + i * r->step);
}

MoltValue range_mp_subscript(MoltValue v, MoltValue key) {
    MoltRange *r = as_range(v);
    if (r->big != MOLT_NONE) return molt_bigrange_subscript(r, key);
    if (molt_is_slice(key)) {
        int64_t start, step, count;
        if (molt_slice_indices(key, r->length, &start, &step, &count) < 0) return MOLT_ERROR;
        int64_t nstart = r->start + start * r->step, nstep = r->step * step;
        return range_from(nstart, nstart + count * nstep, nstep);
    }
    if (!molt_is_intlike(key)) {
        molt_err_format(&MoltExc_TypeError, "range indices must be integers or slices, not %s",
                        molt_type_of(key)->tp_name);
        return MOLT_ERROR;
    }
    int64_t i;
    if (molt_int_as_i64(key, &i) < 0) {
        molt_err_clear();
        molt_err_set(&MoltExc_IndexError, "range object index out of range");
        return MOLT_ERROR;
    }
    if (i < 0) i += r->length;
    return range_sq_item(v, i);
}

int range_sq_contains(MoltValue v, MoltValue x) {
    MoltRange *r = as_range(v);
    if (r->big != MOLT_NONE) return molt_bigrange_contains(r, x);
    if (molt_is_intlike(x)) {
        int64_t i;
        if (molt_int_as_i64(x, &i) < 0) {
            molt_err_clear();
            return 0;
        }
        if (r->step > 0 ? (i < r->start || i >= r->stop) : (i > r->start || i <= r->stop)) return 0;
        return ((i - r->start) % r->step) == 0;
    }
    for (int64_t k = 0; k < r->length; k++) { /* generic: compare with each item */
        MoltValue item = molt_int_from_i64(r->start + k * r->step);
        int c = molt_richcompare_bool(item, x, MOLT_EQ);
        molt_decref(item);
        if (c != 0) return c;
    }
    return 0;
}

/* The position of x in r (exact ints only: bool goes the generic way, as in CPython), else -1. */
static int64_t range_position(MoltRange *r, MoltValue x) {
    int64_t i;
    if (molt_int_as_i64(x, &i) < 0) {
        molt_err_clear();
        return -1;
    }
    if (r->step > 0 ? (i < r->start || i >= r->stop) : (i > r->start || i <= r->stop)) return -1;
    if ((i - r->start) % r->step != 0) return -1;
    return (i - r->start) / r->step;
}

/* range.count / range.index by comparison with each item (_PySequence_IterSearch). */
static int64_t range_search(MoltRange *r, MoltValue x, bool count) {
    int64_t n = 0;
    for (int64_t k = 0; k < r->length; k++) {
        MoltValue item = molt_int_from_i64(r->start + k * r->step);
        int c = molt_richcompare_bool(item, x, MOLT_EQ);
        molt_decref(item);
        if (c < 0) return -2;
        if (c && !count) return k;
        n += c;
    }
    return count ? n : -1;
}

MoltValue molt_range_count(MoltValue v, MoltValue x) {
    MoltRange *r = as_range(v);
    if (r->big != MOLT_NONE) return molt_bigrange_count(r, x);
    if (molt_is_int(x)) return molt_from_smallint(range_position(r, x) >= 0);
    int64_t n = range_search(r, x, true);
    return n < 0 ? MOLT_ERROR : molt_int_from_i64(n);
}

MoltValue molt_range_index(MoltValue v, MoltValue x) {
    MoltRange *r = as_range(v);
    if (r->big != MOLT_NONE) return molt_bigrange_index(r, x);
    if (molt_is_int(x)) {
        int64_t k = range_position(r, x);
        if (k >= 0) return molt_int_from_i64(k);
        MoltValue text = molt_repr(x);
        if (text == MOLT_ERROR) return MOLT_ERROR;
        molt_err_format(&MoltExc_ValueError, "%s is not in range", molt_str_data(text));
        molt_decref(text);
        return MOLT_ERROR;
    }
    int64_t k = range_search(r, x, false);
    if (k == -2) return MOLT_ERROR;
    if (k < 0) {
        molt_err_set(&MoltExc_ValueError, "sequence.index(x): x not in sequence");
        return MOLT_ERROR;
    }
    return molt_int_from_i64(k);
}

/* start / stop / step: 0, 1, 2, or -1 for another name. */
static int bound_index(MoltValue name) {
    const char *n = molt_str_data(name);
    return strcmp(n, "start") == 0 ? 0 : strcmp(n, "stop") == 0 ? 1 : strcmp(n, "step") == 0 ? 2 : -1;
}

/* The computed attributes of range (molt_getattr's table): start, stop, step (ints). */
MoltValue range_getattr(MoltValue o, MoltValue name) {
    int which = bound_index(name);
    if (which < 0) return MOLT_NOTIMPLEMENTED;
    MoltRange *r = as_range(o);
    if (r->big != MOLT_NONE) return molt_bigrange_field(r, which);
    return molt_int_from_i64(which == 0 ? r->start : which == 1 ? r->stop : r->step);
}

/* The computed attributes of slice (molt_getattr's table): start, stop, step (as given, None when omitted). */
MoltValue slice_getattr(MoltValue o, MoltValue name) {
    int which = bound_index(name);
    if (which < 0) return MOLT_NOTIMPLEMENTED;
    MoltSlice *sl = (MoltSlice *)molt_as_ptr(o);
    return molt_incref(which == 0 ? sl->start : which == 1 ? sl->stop : sl->step);
}

/* field 0 start, 2 step, 3 length of any range, as a new int. */
static MoltValue range_field(MoltRange *r, int which) {
    if (r->big != MOLT_NONE) return molt_bigrange_field(r, which);
    return molt_int_from_i64(which == 0 ? r->start : which == 1 ? r->stop : which == 2 ? r->step : r->length);
}

/* range_equals on the fields as ints: -1, 0, 1. */
static int big_equals(MoltRange *a, MoltRange *b) {
    int eq = -1;
    MoltValue la = range_field(a, 3), lb = range_field(b, 3), sa = range_field(a, 0), sb = range_field(b, 0),
              ta = range_field(a, 2), tb = range_field(b, 2);
    if (la != MOLT_ERROR && lb != MOLT_ERROR && sa != MOLT_ERROR && sb != MOLT_ERROR && ta != MOLT_ERROR &&
        tb != MOLT_ERROR) {
        if (molt_int_compare(la, lb) != 0) eq = 0;
        else if (molt_int_sign(la) == 0) eq = 1;
        else if (molt_int_compare(sa, sb) != 0) eq = 0;
        else if (molt_int_compare(la, molt_from_smallint(1)) == 0) eq = 1;
        else eq = molt_int_compare(ta, tb) == 0;
    }
    molt_xdecref(la);
    molt_xdecref(lb);
    molt_xdecref(sa);
    molt_xdecref(sb);
    molt_xdecref(ta);
    molt_xdecref(tb);
    return eq;
}

static MoltValue range_richcompare(MoltValue v, MoltValue w, int op) {
    if (!molt_is_range(w) || (op != MOLT_EQ && op != MOLT_NE)) return MOLT_NOTIMPLEMENTED;
    MoltRange *a = as_range(v), *b = as_range(w);
    if (a->big != MOLT_NONE || b->big != MOLT_NONE) {
        int e = big_equals(a, b);
        if (e < 0) return MOLT_ERROR;
        return molt_from_bool(op == MOLT_EQ ? e : !e);
    }
    bool eq;
    if (a->length != b->length) eq = false;
    else if (a->length == 0) eq = true;
    else if (a->start != b->start) eq = false;
    else if (a->length == 1) eq = true;
    else eq = a->step == b->step;
    return molt_from_bool(op == MOLT_EQ ? eq : !eq);
}

static MoltHash range_hash(MoltValue v) {
    MoltRange *r = as_range(v);
    MoltValue t = molt_tuple_new(3);
    if (t == MOLT_ERROR) return -1;
    MoltValue len = range_field(r, 3);
    if (len == MOLT_ERROR) {
        molt_decref(t);
        return -1;
    }
    molt_tuple_set(t, 0, len);
    if (molt_int_sign(len) == 0) {
        molt_tuple_set(t, 1, MOLT_NONE);
        molt_tuple_set(t, 2, MOLT_NONE);
    } else {
        molt_tuple_set(t, 1, range_field(r, 0));
        molt_tuple_set(t, 2, molt_int_compare(len, molt_from_smallint(1)) == 0 ? MOLT_NONE : range_field(r, 2));
    }
    MoltHash h = molt_hash(t);
    molt_decref(t);
    return h;
}

static MoltValue range_iter(MoltValue v) {
    MoltRange *r = as_range(v);
    if (r->big != MOLT_NONE) return molt_bigrange_iter(r, false);
    MoltRangeIter *it = molt_alloc_fixed(&MoltRangeIter_Type);
    if (!it) return MOLT_ERROR;
    it->next = r->start;
    it->step = r->step;
    it->remaining = r->length;
    return molt_from_ptr(it);
}

MoltValue molt_range_reversed(MoltValue v) {
    MoltRange *r = as_range(v);
    if (r->big != MOLT_NONE) return molt_bigrange_iter(r, true);
    MoltRangeIter *it = molt_alloc_fixed(&MoltRangeIter_Type);
    if (!it) return MOLT_ERROR;
    it->next = r->start + (r->length - 1) * r->step;
    it->step = -r->step;
    it->remaining = r->length;
    return molt_from_ptr(it);
}

static MoltValue rangeiter_next(MoltValue v) {
    MoltRangeIter *it = (MoltRangeIter *)molt_as_ptr(v);
    if (it->remaining <= 0) return MOLT_EXHAUSTED;
    int64_t x = it->next;
    it->remaining--;
    if (it->remaining) it->next += it->step;
    return molt_int_from_i64(x);
}

static MoltValue self_iter(MoltValue v) { return molt_incref(v); }

int range_nb_bool(MoltValue v) {
    MoltRange *r = as_range(v);
    return r->big != MOLT_NONE ? molt_bigrange_bool(r) : r->length != 0;
}
MoltType MoltRange_Type = {
    .ob = MOLT_STATIC_HEADER(&MoltType_Type),
    .tp_name = "range",
    .tp_methods = molt_methods_range,
    .tp_basicsize = sizeof(MoltRange),
    .tp_dealloc = range_dealloc,
    .tp_repr = range_repr,
    .tp_hash = range_hash,
    .tp_richcompare = range_richcompare,
    .tp_as_mapping = &molt_static_as_mapping,
    .tp_index = MOLT_TI_RANGE,
    .tp_base = &MoltBaseObject_Type,
    .tp_mro = MOLT_NONE,
    .tp_dict = MOLT_NONE,
    .tp_iter = range_iter,
};

MoltType MoltRangeIter_Type = {
    .ob = MOLT_STATIC_HEADER(&MoltType_Type),
    .tp_name = "range_iterator",
    .tp_basicsize = sizeof(MoltRangeIter),
    .tp_dealloc = molt_free_fixed,
    .tp_base = &MoltBaseObject_Type,
    .tp_mro = MOLT_NONE,
    .tp_dict = MOLT_NONE,
    .tp_iter = self_iter,
    .tp_iternext = rangeiter_next,
};
