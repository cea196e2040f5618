/*
 * str_methods.c — str methods that need no list type: find/rfind/index/
 * rindex/count/startswith/endswith, replace, strip/lstrip/rstrip,
 * partition/rpartition, zfill/center/ljust/rjust.
 *
 * Optional arguments are MOLT_NONE when absent (for start/end that is also
 * what CPython does with an explicit None). Positions are code points; the
 * searches run on UTF-8 bytes, which is exact because UTF-8 is
 * self-synchronising.
 *
 * Source followed: CPython 3.12 Objects/unicodeobject.c (any_find_slice,
 * unicode_count, tailmatch, replace, do_strip, pad, unicode_zfill) and
 * Objects/stringlib/ (ADJUST_INDICES, partition).
 */
#include "strimpl.h"

#include <stdlib.h>

static MoltStr *as_str(MoltValue v) { return (MoltStr *)molt_as_ptr(v); }

static int require_str(MoltValue v) {
    if (molt_is_str(v)) return 0;
    molt_err_format(&MoltExc_TypeError, "must be str, not %s", molt_type_of(v)->tp_name);
    return -1;
}

/* A start/end argument: None or an int (clamped to int64). */
static int slice_arg(MoltValue v, int64_t *out, int64_t dflt) {
    if (v == MOLT_NONE) {
        *out = dflt;
        return 0;
    }
    if (!molt_is_intlike(v)) {
        molt_err_set(&MoltExc_TypeError, "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    if (molt_int_as_i64(v, out) < 0) {
        molt_err_clear();
        *out = molt_int_sign(v) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    }
    return 0;
}

/* ADJUST_INDICES: end clamped to len, negatives counted from the end. */
static int adjust(MoltValue vstart, MoltValue vend, int64_t len, int64_t *start, int64_t *end) {
    if (slice_arg(vstart, start, 0) < 0 || slice_arg(vend, end, len) < 0) return -1;
    if (*end > len) *end = len;
    else if (*end < 0) {
        *end += len;
        if (*end < 0) *end = 0;
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0) *start = 0;
    }
    return 0;
}

static int64_t cp_count(const char *p, int64_t nbytes) {
    int64_t n = 0;
    for (int64_t i = 0; i < nbytes; i++) n += ((unsigned char)p[i] & 0xC0) != 0x80;
    return n;
}

/* Byte search of needle in hay[0..n): first (or last) match offset, or -1. */
static int64_t byte_find(const char *hay, int64_t n, const char *needle, int64_t m, bool last) {
    if (m == 0) return last ? n : 0;
    if (m > n) return -1;
    if (!last) {
        const char *p = hay, *stop = hay + (n - m);
        while (p <= stop) {
            p = memchr(p, needle[0], (size_t)(stop - p) + 1);
            if (!p) return -1;
            if (memcmp(p, needle, (size_t)m) == 0) return p - hay;
            p++;
        }
        return -1;
    }
    for (int64_t i = n - m; i >= 0; i--)
        if (hay[i] == needle[0] && memcmp(hay + i, needle, (size_t)m) == 0) return i;
    return -1;
}

/* find/rfind core: code point index or -1; -2 on error. */
static int64_t find_impl(MoltValue s, MoltValue sub, MoltValue vstart, MoltValue vend, bool last) {
    if (require_str(sub) < 0) return -2;
    MoltStr *h = as_str(s), *nd = as_str(sub);
    int64_t start, end;
    if (adjust(vstart, vend, h->length, &start, &end) < 0) return -2;
    if (end - start < nd->length) return -1;
    int64_t bs = molt_str_cp_offset(h, start), be = molt_str_cp_offset(h, end);
    int64_t off = byte_find(h->data + bs, be - bs, nd->data, nd->size, last);
    if (off < 0) return -1;
    return start + (h->size == h->length ? off : cp_count(h->data + bs, off));
}

MoltValue molt_str_find(MoltValue s, MoltValue sub, MoltValue start, MoltValue end) {
    int64_t r = find_impl(s, sub, start, end, false);
    return r == -2 ? MOLT_ERROR : molt_int_from_i64(r);
}

MoltValue molt_str_rfind(MoltValue s, MoltValue sub, MoltValue start, MoltValue end) {
    int64_t r = find_impl(s, sub, start, end, true);
    return r == -2 ? MOLT_ERROR : molt_int_from_i64(r);
}

MoltValue molt_str_index(MoltValue s, MoltValue sub, MoltValue start, MoltValue end) {
    int64_t r = find_impl(s, sub, start, end, false);
    if (r == -1) molt_err_set(&MoltExc_ValueError, "substring not found");
    return r < 0 ? MOLT_ERROR : molt_int_from_i64(r);
}

MoltValue molt_str_rindex(MoltValue s, MoltValue sub, MoltValue start, MoltValue end) {
    int64_t r = find_impl(s, sub, start, end, true);
    if (r == -1) molt_err_set(&MoltExc_ValueError, "substring not found");
    return r < 0 ? MOLT_ERROR : molt_int_from_i64(r);
}

MoltValue molt_str_count(MoltValue s, MoltValue sub, MoltValue vstart, MoltValue vend) {
    if (require_str(sub) < 0) return MOLT_ERROR;
    MoltStr *h = as_str(s), *nd = as_str(sub);
    int64_t start, end;
    if (adjust(vstart, vend, h->length, &start, &end) < 0) return MOLT_ERROR;
    if (end - start < nd->length) return molt_from_smallint(0);
    if (nd->length == 0) return molt_int_from_i64(end - start + 1);
    int64_t bs = molt_str_cp_offset(h, start), be = molt_str_cp_offset(h, end), n = 0;
    for (int64_t pos = bs;;) {
        int64_t off = byte_find(h->data + pos, be - pos, nd->data, nd->size, false);
        if (off < 0) break;
        n++;
        pos += off + nd->size;
    }
    return molt_int_from_i64(n);
}

/* tailmatch: 1, 0, or -1 on error. */
static int tailmatch(MoltStr *h, MoltValue sub, int64_t start, int64_t end, bool at_end) {
    MoltStr *nd = as_str(sub);
    end -= nd->length;
    if (end < start) return 0;
    if (nd->length == 0) return 1;
    int64_t cp = at_end ? end : start;
    int64_t b = molt_str_cp_offset(h, cp);
    return b + nd->size <= h->size && memcmp(h->data + b, nd->data, (size_t)nd->size) == 0;
}

static MoltValue xswith(MoltValue s, MoltValue prefix, MoltValue vstart, MoltValue vend, bool at_end) {
    const char *name = at_end ? "endswith" : "startswith";
    MoltStr *h = as_str(s);
    int64_t start, end;
    if (adjust(vstart, vend, h->length, &start, &end) < 0) return MOLT_ERROR;
    if (molt_is_tuple(prefix)) {
        for (int64_t i = 0; i < molt_tuple_size(prefix); i++) {
            MoltValue item = molt_tuple_get(prefix, i);
            if (!molt_is_str(item)) {
                molt_err_format(&MoltExc_TypeError, "tuple for %s must only contain str, not %s", name,
                                molt_type_of(item)->tp_name);
                return MOLT_ERROR;
            }
            if (tailmatch(h, item, start, end, at_end)) return MOLT_TRUE;
        }
        return MOLT_FALSE;
    }
    if (!molt_is_str(prefix)) {
        molt_err_format(&MoltExc_TypeError, "%s first arg must be str or a tuple of str, not %s", name,
                        molt_type_of(prefix)->tp_name);
        return MOLT_ERROR;
    }
    return molt_from_bool(tailmatch(h, prefix, start, end, at_end));
}

MoltValue molt_str_startswith(MoltValue s, MoltValue prefix, MoltValue start, MoltValue end) {
    return xswith(s, prefix, start, end, false);
}

MoltValue molt_str_endswith(MoltValue s, MoltValue suffix, MoltValue start, MoltValue end) {
    return xswith(s, suffix, start, end, true);
}

MoltValue molt_str_replace(MoltValue s, MoltValue old, MoltValue new_, int64_t count) {
    if (require_str(old) < 0 || require_str(new_) < 0) return MOLT_ERROR;
    MoltStr *h = as_str(s), *o = as_str(old), *w = as_str(new_);
    if (count < 0) count = INT64_MAX;
    MoltStrBuf b;
    molt_strbuf_init(&b);
    int64_t done = 0;
    if (o->size == 0) { /* insert before every code point and at the end */
        const char *p = h->data, *end = h->data + h->size;
        while (done < count && p <= end) {
            molt_strbuf_append(&b, w->data, (size_t)w->size);
            done++;
            if (p == end) {
                p++;
                break;
            }
            const char *q = p + 1;
            while (q < end && ((unsigned char)*q & 0xC0) == 0x80) q++;
            molt_strbuf_append(&b, p, (size_t)(q - p));
            p = q;
        }
        if (p < end) molt_strbuf_append(&b, p, (size_t)(end - p));
    } else {
        int64_t pos = 0;
        while (done < count) {
            int64_t off = byte_find(h->data + pos, h->size - pos, o->data, o->size, false);
            if (off < 0) break;
            molt_strbuf_append(&b, h->data + pos, (size_t)off);
            molt_strbuf_append(&b, w->data, (size_t)w->size);
            pos += off + o->size;
            done++;
        }
        molt_strbuf_append(&b, h->data + pos, (size_t)(h->size - pos));
    }
    if (done == 0) {
        molt_strbuf_release(&b);
        return molt_incref(s);
    }
    return molt_strbuf_finish(&b);
}

/* ---- strip ----------------------------------------------------------------- */

static uint32_t decode_at(const unsigned char *p, int *len) {
    uint32_t c = p[0];
    if (c < 0x80) { *len = 1; return c; }
    if (c < 0xE0) { *len = 2; return ((c & 0x1F) << 6) | (p[1] & 0x3F); }
    if (c < 0xF0) { *len = 3; return ((c & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F); }
    *len = 4;
    return ((c & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12) | ((uint32_t)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
}

static bool in_chars(uint32_t c, MoltValue chars) {
    if (chars == MOLT_NONE) return molt_unicode_isspace(c);
    const unsigned char *p = (const unsigned char *)molt_str_data(chars), *e = p + molt_str_size(chars);
    while (p < e) {
        int n;
        if (decode_at(p, &n) == c) return true;
        p += n;
    }
    return false;
}

static MoltValue do_strip(MoltValue s, MoltValue chars, bool left, bool right) {
    if (chars != MOLT_NONE && !molt_is_str(chars)) {
        molt_err_format(&MoltExc_TypeError, "%s arg must be None or str",
                        left && right ? "strip" : left ? "lstrip" : "rstrip");
        return MOLT_ERROR;
    }
    MoltStr *h = as_str(s);
    const unsigned char *d = (const unsigned char *)h->data;
    int64_t a = 0, z = h->size;
    if (left) {
        while (a < z) {
            int n;
            if (!in_chars(decode_at(d + a, &n), chars)) break;
            a += n;
        }
    }
    if (right) {
        while (z > a) {
            int64_t k = z - 1;
            while (k > a && (d[k] & 0xC0) == 0x80) k--;
            int n;
            if (!in_chars(decode_at(d + k, &n), chars)) break;
            z = k;
        }
    }
    if (a == 0 && z == h->size) return molt_incref(s);
    return molt_str_from_utf8(h->data + a, (size_t)(z - a));
}

MoltValue molt_str_strip(MoltValue s, MoltValue chars) { return do_strip(s, chars, true, true); }
MoltValue molt_str_lstrip(MoltValue s, MoltValue chars) { return do_strip(s, chars, true, false); }
MoltValue molt_str_rstrip(MoltValue s, MoltValue chars) { return do_strip(s, chars, false, true); }

/* ---- partition --------------------------------------------------------------- */

static MoltValue do_partition(MoltValue s, MoltValue sep, bool last) {
    if (require_str(sep) < 0) return MOLT_ERROR;
    MoltStr *h = as_str(s), *p = as_str(sep);
    if (p->size == 0) {
        molt_err_set(&MoltExc_ValueError, "empty separator");
        return MOLT_ERROR;
    }
    int64_t off = byte_find(h->data, h->size, p->data, p->size, last);
    MoltValue t = molt_tuple_new(3);
    if (t == MOLT_ERROR) return t;
    MoltValue empty = molt_str_from_utf8("", 0), a, b, c;
    if (off < 0) {
        a = last ? molt_incref(empty) : molt_incref(s);
        b = molt_incref(empty);
        c = last ? molt_incref(s) : molt_incref(empty);
    } else {
        a = molt_str_from_utf8(h->data, (size_t)off);
        b = molt_incref(sep);
        c = molt_str_from_utf8(h->data + off + p->size, (size_t)(h->size - off - p->size));
    }
    molt_xdecref(empty);
    molt_tuple_set(t, 0, a);
    molt_tuple_set(t, 1, b);
    molt_tuple_set(t, 2, c);
    if (empty == MOLT_ERROR || a == MOLT_ERROR || c == MOLT_ERROR) {
        molt_tuple_set(t, 0, MOLT_NONE);
        molt_tuple_set(t, 2, MOLT_NONE);
        molt_decref(t);
        return MOLT_ERROR;
    }
    return t;
}

MoltValue molt_str_partition(MoltValue s, MoltValue sep) { return do_partition(s, sep, false); }
MoltValue molt_str_rpartition(MoltValue s, MoltValue sep) { return do_partition(s, sep, true); }

/* ---- padding ---------------------------------------------------------------- */

static int width_arg(MoltValue v, int64_t *out) {
    if (!molt_is_intlike(v)) {
        molt_err_format(&MoltExc_TypeError, "'%s' object cannot be interpreted as an integer",
                        molt_type_of(v)->tp_name);
        return -1;
    }
    if (molt_int_as_i64(v, out) < 0) {
        molt_err_clear();
        if (molt_int_sign(v) < 0) {
            *out = 0;
            return 0;
        }
        molt_err_set(&MoltExc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return 0;
}

static int fill_arg(MoltValue v, uint32_t *out) {
    if (v == MOLT_NONE) {
        *out = ' ';
        return 0;
    }
    if (!molt_is_str(v)) {
        molt_err_format(&MoltExc_TypeError, "The fill character must be a unicode character, not %s",
                        molt_type_of(v)->tp_name);
        return -1;
    }
    if (molt_str_length(v) != 1) {
        molt_err_set(&MoltExc_TypeError, "The fill character must be exactly one character long");
        return -1;
    }
    int n;
    *out = decode_at((const unsigned char *)molt_str_data(v), &n);
    return 0;
}

static MoltValue pad(MoltValue s, int64_t left, int64_t right, uint32_t fill) {
    if (left <= 0 && right <= 0) return molt_incref(s);
    MoltStrBuf b;
    molt_strbuf_init(&b);
    for (int64_t i = 0; i < left; i++) molt_strbuf_append_cp(&b, fill);
    molt_strbuf_append_str(&b, s);
    for (int64_t i = 0; i < right; i++) molt_strbuf_append_cp(&b, fill);
    return molt_strbuf_finish(&b);
}

MoltValue molt_str_center(MoltValue s, MoltValue width, MoltValue fillchar) {
    int64_t w;
    uint32_t fill;
    if (width_arg(width, &w) < 0 || fill_arg(fillchar, &fill) < 0) return MOLT_ERROR;
    int64_t len = molt_str_length(s);
    if (w <= len) return molt_incref(s);
    int64_t marg = w - len, left = marg / 2 + (marg & w & 1);
    return pad(s, left, marg - left, fill);
}

MoltValue molt_str_ljust(MoltValue s, MoltValue width, MoltValue fillchar) {
    int64_t w;
    uint32_t fill;
    if (width_arg(width, &w) < 0 || fill_arg(fillchar, &fill) < 0) return MOLT_ERROR;
    return pad(s, 0, w - molt_str_length(s), fill);
}

MoltValue molt_str_rjust(MoltValue s, MoltValue width, MoltValue fillchar) {
    int64_t w;
    uint32_t fill;
    if (width_arg(width, &w) < 0 || fill_arg(fillchar, &fill) < 0) return MOLT_ERROR;
    return pad(s, w - molt_str_length(s), 0, fill);
}

MoltValue molt_str_zfill(MoltValue s, MoltValue width) {
    int64_t w;
    if (width_arg(width, &w) < 0) return MOLT_ERROR;
    MoltStr *h = as_str(s);
    int64_t fill = w - h->length;
    if (fill <= 0) return molt_incref(s);
    MoltStrBuf b;
    molt_strbuf_init(&b);
    int64_t skip = 0;
    if (h->size > 0 && (h->data[0] == '+' || h->data[0] == '-')) {
        molt_strbuf_append_char(&b, h->data[0]);
        skip = 1;
    }
    for (int64_t i = 0; i < fill; i++) molt_strbuf_append_char(&b, '0');
    molt_strbuf_append(&b, h->data + skip, (size_t)(h->size - skip));
    return molt_strbuf_finish(&b);
}

/* ---- removeprefix, removesuffix, expandtabs ---------------------------------------------------- */

static MoltValue remove_affix(MoltValue s, MoltValue affix, bool suffix) {
    if (!molt_is_str(affix)) {
        molt_err_format(&MoltExc_TypeError, "%s() argument must be str, not %s",
                        suffix ? "removesuffix" : "removeprefix",
                        affix == MOLT_NONE ? "None" : molt_type_of(affix)->tp_name); /* _PyArg_BadArgument */
        return MOLT_ERROR;
    }
    MoltStr *h = as_str(s), *a = as_str(affix);
    if (a->size == 0 || a->size > h->size) return molt_incref(s);
    const char *at = suffix ? h->data + h->size - a->size : h->data;
    if (memcmp(at, a->data, (size_t)a->size) != 0) return molt_incref(s);
    return molt_str_from_utf8(suffix ? h->data : h->data + a->size, (size_t)(h->size - a->size));
}

MoltValue molt_str_removeprefix(MoltValue s, MoltValue prefix) { return remove_affix(s, prefix, false); }
MoltValue molt_str_removesuffix(MoltValue s, MoltValue suffix) { return remove_affix(s, suffix, true); }

MoltValue molt_str_expandtabs(MoltValue s, MoltValue tabsize) {
    int64_t tab = 8;
    if (tabsize != MOLT_NONE) {
        if (!molt_is_intlike(tabsize)) {
            molt_err_format(&MoltExc_TypeError, "'%s' object cannot be interpreted as an integer",
                            molt_type_of(tabsize)->tp_name);
            return MOLT_ERROR;
        }
        if (molt_int_as_i64(tabsize, &tab) < 0 || tab > INT32_MAX || tab < INT32_MIN) {
            molt_err_clear();
            molt_err_set(&MoltExc_OverflowError, "Python int too large to convert to C int");
            return MOLT_ERROR;
        }
    }
    MoltStr *h = as_str(s);
    if (!memchr(h->data, '\t', (size_t)h->size)) return molt_incref(s);
    MoltStrBuf b;
    molt_strbuf_init(&b);
    int64_t col = 0;
    for (int64_t i = 0; i < h->size; i++) {
        unsigned char c = (unsigned char)h->data[i];
        if (c == '\t') {
            if (tab > 0) {
                int64_t incr = tab - col % tab;
                col += incr;
                if (!molt_strbuf_reserve(&b, (uint64_t)incr)) break;
                for (int64_t k = 0; k < incr; k++) molt_strbuf_append_char(&b, ' ');
            }
            continue;
        }
        molt_strbuf_append_char(&b, (char)c);
        if ((c & 0xC0) != 0x80) col++; /* count code points, not continuation bytes */
        if (c == '\n' || c == '\r') col = 0;
    }
    return molt_strbuf_finish(&b);
}
