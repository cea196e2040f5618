/*
 * str_split.c — the str methods that produce or consume lists: split, rsplit,
 * splitlines, join.
 *
 * Source followed: CPython 3.12 Objects/stringlib/split.h (split_whitespace,
 * rsplit_whitespace, split_char/split, splitlines and its line boundaries),
 * Objects/unicodeobject.c (PyUnicode_Join's messages).
 */
#include "molt/molt.h"

#include <stdlib.h>
#include <string.h>

/* Decodes one UTF-8 (incl. generalized surrogates) code point at *p and advances. */

/* str.isspace of one code point, with ASCII answered inline: \t \n \v \f \r, U+001C..U+001F and space
 * (Python's whitespace: bidirectional class WS, B or S, or category Zs). */
static inline bool split_isspace(uint32_t c) {
    if (c < 128) return c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
    return molt_unicode_isspace(c);
}

static uint32_t next_cp(const unsigned char **p) {
    const unsigned char *s = *p;
    uint32_t c = s[0];
    if (c < 0x80) {
        *p = s + 1;
        return c;
    }
    if (c < 0xE0) {
        *p = s + 2;
        return (c & 31) << 6 | (s[1] & 63);
    }
    if (c < 0xF0) {
        *p = s + 3;
        return (c & 15) << 12 | (uint32_t)(s[1] & 63) << 6 | (s[2] & 63);
    }
    *p = s + 4;
    return (c & 7) << 18 | (uint32_t)(s[1] & 63) << 12 | (uint32_t)(s[2] & 63) << 6 | (s[3] & 63);
}

/* Byte offset of each code point boundary: offs[0..len] (offs[len] = size). Caller frees. */
static int64_t *boundaries(MoltValue s, uint32_t **cps_out) {
    int64_t len = molt_str_length(s);
    int64_t *offs = malloc((size_t)(len + 1) * sizeof(int64_t));
    uint32_t *cps = malloc((size_t)(len + 1) * sizeof(uint32_t));
    if (!offs || !cps) {
        free(offs);
        free(cps);
        molt_err_nomemory();
        return NULL;
    }
    const unsigned char *base = (const unsigned char *)molt_str_data(s), *p = base;
    for (int64_t i = 0; i < len; i++) {
        offs[i] = p - base;
        cps[i] = next_cp(&p);
    }
    offs[len] = p - base;
    *cps_out = cps;
    return offs;
}

static int append_piece(MoltValue list, MoltValue s, int64_t from, int64_t to) {
    MoltValue piece = molt_str_from_utf8(molt_str_data(s) + from, (size_t)(to - from));
    if (piece == MOLT_ERROR) return -1;
    int rc = molt_list_append(list, piece);
    molt_decref(piece);
    return rc;
}

static int check_sep(MoltValue sep) {
    if (sep == MOLT_NONE) return 0;
    if (!molt_is_str(sep)) {
        molt_err_format(&MoltExc_TypeError, "must be str or None, not %s", molt_type_of(sep)->tp_name);
        return -1;
    }
    if (molt_str_size(sep) == 0) {
        molt_err_set(&MoltExc_ValueError, "empty separator");
        return -1;
    }
    return 1;
}

static int maxsplit_arg(MoltValue v, int64_t *out) {
    *out = -1;
    if (v == MOLT_NONE) return 0;
    if (!molt_is_intlike(v)) {
        molt_err_format(&MoltExc_TypeError, "'%s' object cannot be interpreted as an integer",
                        molt_type_of(v)->tp_name);
        return -1;
    }
    if (molt_int_as_i64(v, out) < 0) {
        molt_err_clear();
        *out = molt_int_sign(v) < 0 ? -1 : INT64_MAX;
    }
    return 0;
}

static MoltValue split_impl(MoltValue s, MoltValue sep, MoltValue vmax, bool right) {
    int k = check_sep(sep);
    int64_t maxsplit;
    if (k < 0 || maxsplit_arg(vmax, &maxsplit) < 0) return MOLT_ERROR;
    if (maxsplit < 0) maxsplit = INT64_MAX;
    MoltValue list = molt_list_new(0);
    if (list == MOLT_ERROR) return list;
    const char *d = molt_str_data(s);
    int64_t size = molt_str_size(s);
    if (k == 1) { /* explicit separator: byte search is exact on UTF-8 */
        const char *sp = molt_str_data(sep);
        int64_t n = molt_str_size(sep);
        if (!right) {
            int64_t start = 0, i = 0;
            while (maxsplit > 0 && i + n <= size) {
                if (memcmp(d + i, sp, (size_t)n) == 0) {
                    if (append_piece(list, s, start, i) < 0) goto fail;
                    i += n;
                    start = i;
                    maxsplit--;
                } else {
                    i++;
                }
            }
            if (append_piece(list, s, start, size) < 0) goto fail;
        } else {
            int64_t end = size, i = size - n;
            while (maxsplit > 0 && i >= 0) {
                if (memcmp(d + i, sp, (size_t)n) == 0) {
                    if (append_piece(list, s, i + n, end) < 0) goto fail;
                    end = i;
                    i -= n;
                    maxsplit--;
                } else {
                    i--;
                }
            }
            if (append_piece(list, s, 0, end) < 0) goto fail;
            molt_list_reverse(list);
        }
        return list;
    }
    /* whitespace runs */
    uint32_t *cps;
    int64_t *offs = boundaries(s, &cps);
    if (!offs) goto fail;
    int64_t len = molt_str_length(s);
    if (!right) {
        int64_t i = 0;
        while (i < len) {
            while (i < len && split_isspace(cps[i])) i++;
            if (i == len) break;
            if (maxsplit-- <= 0) {
                if (append_piece(list, s, offs[i], size) < 0) goto fail_cp;
                break;
            }
            int64_t j = i;
            while (j < len && !split_isspace(cps[j])) j++;
            if (append_piece(list, s, offs[i], offs[j]) < 0) goto fail_cp;
            i = j;
        }
    } else {
        int64_t i = len - 1;
        while (i >= 0) {
            while (i >= 0 && split_isspace(cps[i])) i--;
            if (i < 0) break;
            if (maxsplit-- <= 0) {
                if (append_piece(list, s, 0, offs[i + 1]) < 0) goto fail_cp;
                break;
            }
            int64_t j = i;
            while (j >= 0 && !split_isspace(cps[j])) j--;
            if (append_piece(list, s, offs[j + 1], offs[i + 1]) < 0) goto fail_cp;
            i = j;
        }
        molt_list_reverse(list);
    }
    free(offs);
    free(cps);
    return list;
fail_cp:
    free(offs);
    free(cps);
fail:
    molt_decref(list);
    return MOLT_ERROR;
}

MoltValue molt_str_split(MoltValue s, MoltValue sep, MoltValue maxsplit) { return split_impl(s, sep, maxsplit, false); }
MoltValue molt_str_rsplit(MoltValue s, MoltValue sep, MoltValue maxsplit) { return split_impl(s, sep, maxsplit, true); }

static bool is_linebreak(uint32_t c) {
    return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x1C || c == 0x1D || c == 0x1E || c == 0x85 ||
           c == 0x2028 || c == 0x2029;
}

MoltValue molt_str_splitlines(MoltValue s, MoltValue keepends) {
    int keep = keepends == MOLT_NONE ? 0 : molt_is_true(keepends);
    if (keep < 0) return MOLT_ERROR;
    MoltValue list = molt_list_new(0);
    if (list == MOLT_ERROR) return list;
    uint32_t *cps;
    int64_t *offs = boundaries(s, &cps);
    if (!offs) {
        molt_decref(list);
        return MOLT_ERROR;
    }
    int64_t len = molt_str_length(s), i = 0;
    while (i < len) {
        int64_t j = i;
        while (j < len && !is_linebreak(cps[j])) j++;
        int64_t eol = j;
        if (j < len) {
            if (cps[j] == '\r' && j + 1 < len && cps[j + 1] == '\n') j += 2;
            else j++;
            if (keep) eol = j;
        }
        if (append_piece(list, s, offs[i], offs[eol]) < 0) {
            free(offs);
            free(cps);
            molt_decref(list);
            return MOLT_ERROR;
        }
        i = j;
    }
    free(offs);
    free(cps);
    return list;
}

MoltValue molt_str_join(MoltValue sep, MoltValue iterable) {
    MoltValue items = molt_is_list(iterable) ? molt_incref(iterable) : molt_list_from_iterable(iterable);
    if (items == MOLT_ERROR) {
        if (molt_err_matches(&MoltExc_TypeError)) {
            molt_err_clear();
            molt_err_set(&MoltExc_TypeError, "can only join an iterable");
        }
        return MOLT_ERROR;
    }
    int64_t n = molt_list_size(items);
    MoltStrBuf b;
    molt_strbuf_init(&b);
    for (int64_t i = 0; i < n; i++) {
        MoltValue x = molt_list_get(items, i);
        if (!molt_is_str(x)) {
            molt_err_format(&MoltExc_TypeError, "sequence item %lld: expected str instance, %s found", (long long)i,
                            molt_type_of(x)->tp_name);
            molt_strbuf_release(&b);
            molt_decref(items);
            return MOLT_ERROR;
        }
        if (i) molt_strbuf_append_str(&b, sep);
        molt_strbuf_append_str(&b, x);
    }
    molt_decref(items);
    return molt_strbuf_finish(&b);
}
