/*
 * str.c — the str type: construction from UTF-8, code point indexing and
 * slicing, concat/repeat, comparison, `in`, hash, repr.
 *
 * Source followed: CPython 3.12 Objects/unicodeobject.c (unicode_repr,
 * unicode_hash, PyUnicode_Contains), Objects/sliceobject.c
 * (PySlice_Unpack/PySlice_AdjustIndices), Python/pyhash.c (siphash13).
 */
#include "molt/molt.h"
#include "slots.h"
#include "molt/method_defs.h"

#include <stdlib.h>

#include "strimpl.h"

static MoltStr *as_str(MoltValue v) { return (MoltStr *)molt_as_ptr(v); }

bool molt_is_str(MoltValue v) { return molt_is_ptr(v) && molt_as_ptr(v)->type == &MoltStr_Type; }
const char *molt_str_data(MoltValue s) { return as_str(s)->data; }
int64_t molt_str_size(MoltValue s) { return as_str(s)->size; }
int64_t molt_str_length(MoltValue s) { return as_str(s)->length; }

/* Decode one code point at p (valid UTF-8 assumed); advances *p. */
static uint32_t decode_cp(const unsigned char **p) {
    const unsigned char *s = *p;
    uint32_t c = s[0];
    if (c < 0x80) {
        *p = s + 1;
        return c;
    }
    if (c < 0xE0) {
        *p = s + 2;
        return ((c & 0x1F) << 6) | (s[1] & 0x3F);
    }
    if (c < 0xF0) {
        *p = s + 3;
        return ((c & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
    }
    *p = s + 4;
    return ((c & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12) | ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
}

/* Validates UTF-8 (overlongs rejected, surrogate code points accepted);
 * returns the code point count or -1. */
static int64_t utf8_scan(const unsigned char *s, size_t n, uint32_t *maxchar) {
    int64_t count = 0;
    uint32_t mx = 0;
    size_t i = 0;
    while (i < n) {
        unsigned c = s[i];
        uint32_t cp;
        size_t len;
        if (c < 0x80) {
            cp = c;
            len = 1;
        } else if (c >= 0xC2 && c < 0xE0) {
            len = 2;
            if (i + 1 >= n || (s[i + 1] & 0xC0) != 0x80) return -1;
            cp = ((c & 0x1Fu) << 6) | (s[i + 1] & 0x3Fu);
        } else if (c >= 0xE0 && c < 0xF0) {
            len = 3;
            if (i + 2 >= n || (s[i + 1] & 0xC0) != 0x80 || (s[i + 2] & 0xC0) != 0x80) return -1;
            cp = ((c & 0x0Fu) << 12) | ((s[i + 1] & 0x3Fu) << 6) | (s[i + 2] & 0x3Fu);
            if (cp < 0x800) return -1; /* overlong; lone surrogates are allowed (see str.h) */
        } else if (c >= 0xF0 && c < 0xF5) {
            len = 4;
            if (i + 3 >= n || (s[i + 1] & 0xC0) != 0x80 || (s[i + 2] & 0xC0) != 0x80 || (s[i + 3] & 0xC0) != 0x80)
                return -1;
            cp = ((c & 0x07u) << 18) | ((s[i + 1] & 0x3Fu) << 12) | ((s[i + 2] & 0x3Fu) << 6) | (s[i + 3] & 0x3Fu);
            if (cp < 0x10000 || cp > 0x10FFFF) return -1;
        } else {
            return -1;
        }
        if (cp > mx) mx = cp;
        i += len;
        count++;
    }
    *maxchar = mx;
    return count;
}

/* One-character ASCII strings, shared as CPython shares its latin-1 singletons (Objects/unicodeobject.c
 * get_latin1_char): iterating or indexing text then allocates nothing. Each entry holds one reference of the
 * cache, dropped by molt_str_fini. */
static MoltStr *ascii_chars[128];

static MoltValue str_new_raw(const char *s, size_t n, int64_t length, uint32_t maxchar) {
    if (n == 1 && (unsigned char)s[0] < 128 && ascii_chars[(unsigned char)s[0]]) {
        return molt_incref(molt_from_ptr(ascii_chars[(unsigned char)s[0]]));
    }
    MoltStr *o = molt_alloc_object(&MoltStr_Type, sizeof(MoltStr) + n + 1);
    if (!o) return MOLT_ERROR;
    o->size = (int64_t)n;
    o->length = length;
    o->hash = -1;
    o->index = NULL;
    o->maxchar = maxchar;
    if (n) memcpy(o->data, s, n);
    o->data[n] = '\0';
    MoltValue v = molt_from_ptr(o);
    if (n == 1 && (unsigned char)s[0] < 128) ascii_chars[(unsigned char)s[0]] = (MoltStr *)molt_as_ptr(molt_incref(v));
    return v;
}

void molt_str_fini(void) {
    for (size_t i = 0; i < sizeof ascii_chars / sizeof ascii_chars[0]; i++) {
        if (ascii_chars[i]) molt_decref(molt_from_ptr(ascii_chars[i]));
        ascii_chars[i] = NULL;
    }
}

MoltValue molt_str_from_utf8(const char *s, size_t n) {
    uint32_t maxchar = 0;
    int64_t len = utf8_scan((const unsigned char *)s, n, &maxchar);
    if (len < 0) {
        molt_err_set(&MoltExc_UnicodeError, "invalid UTF-8 data");
        return MOLT_ERROR;
    }
    return str_new_raw(s, n, len, maxchar);
}

MoltValue molt_str_from_cstr(const char *s) { return molt_str_from_utf8(s, strlen(s)); }

int64_t molt_str_find_surrogate(MoltValue v) {
    MoltStr *s = as_str(v);
    if (s->maxchar < 0xD800) return -1;
    const unsigned char *p = (const unsigned char *)s->data, *end = p + s->size;
    for (int64_t i = 0; p < end; i++) {
        if (p[0] == 0xED && p[1] >= 0xA0) return i;
        decode_cp(&p);
    }
    return -1;
}

#define INDEX_STRIDE 64

/* Byte offset of code point i (0 <= i <= length). */
int64_t molt_str_cp_offset(MoltStr *s, int64_t i) {
    if (s->size == s->length) return i;
    const unsigned char *p = (const unsigned char *)s->data;
    int64_t k = 0;
    if (s->length > INDEX_STRIDE && !s->index) {
        int64_t n = s->length / INDEX_STRIDE + 1;
        s->index = malloc((size_t)n * sizeof(int64_t)); /* on failure: just scan */
        if (s->index) {
            const unsigned char *q = p;
            for (int64_t c = 0; c < s->length; c++) {
                if (c % INDEX_STRIDE == 0) s->index[c / INDEX_STRIDE] = (int64_t)(q - p);
                decode_cp(&q);
            }
            if (s->length % INDEX_STRIDE == 0) s->index[s->length / INDEX_STRIDE] = s->size;
        }
    }
    if (s->index) {
        p += s->index[i / INDEX_STRIDE];
        k = i - i % INDEX_STRIDE;
    }
    for (; k < i; k++) decode_cp(&p);
    return (int64_t)(p - (const unsigned char *)s->data);
}

static void str_dealloc(MoltObject *o) {
    free(((MoltStr *)o)->index);
    molt_free_object(o);
}

/* ---- hash ----------------------------------------------------------------- */

#define ROTATE(x, b) (uint64_t)(((x) << (b)) | ((x) >> (64 - (b))))
#define HALF_ROUND(a, b, c, d, s, t) \
    a += b;                          \
    c += d;                          \
    b = ROTATE(b, s) ^ a;            \
    d = ROTATE(d, t) ^ c;            \
    a = ROTATE(a, 32);
#define SINGLE_ROUND(v0, v1, v2, v3)    \
    HALF_ROUND(v0, v1, v2, v3, 13, 16); \
    HALF_ROUND(v2, v1, v0, v3, 17, 21);

uint64_t molt_siphash13(const void *src, size_t src_sz) {
    const uint64_t k0 = 0, k1 = 0;
    uint64_t b = (uint64_t)src_sz << 56;
    const uint8_t *in = (const uint8_t *)src;
    uint64_t v0 = k0 ^ UINT64_C(0x736f6d6570736575);
    uint64_t v1 = k1 ^ UINT64_C(0x646f72616e646f6d);
    uint64_t v2 = k0 ^ UINT64_C(0x6c7967656e657261);
    uint64_t v3 = k1 ^ UINT64_C(0x7465646279746573);
    while (src_sz >= 8) {
        uint64_t mi = 0;
        for (int k = 7; k >= 0; k--) mi = (mi << 8) | in[k]; /* little-endian load */
        in += 8;
        src_sz -= 8;
        v3 ^= mi;
        SINGLE_ROUND(v0, v1, v2, v3);
        v0 ^= mi;
    }
    uint64_t t = 0;
    for (size_t k = src_sz; k > 0; k--) t = (t << 8) | in[k - 1];
    b |= t;
    v3 ^= b;
    SINGLE_ROUND(v0, v1, v2, v3);
    v0 ^= b;
    v2 ^= 0xff;
    SINGLE_ROUND(v0, v1, v2, v3);
    SINGLE_ROUND(v0, v1, v2, v3);
    SINGLE_ROUND(v0, v1, v2, v3);
    return (v0 ^ v1) ^ (v2 ^ v3);
}

MoltHash molt_str_hash(MoltValue v) {
    MoltStr *s = as_str(v);
    if (s->hash != -1) return s->hash;
    uint64_t x;
    if (s->length == 0) {
        x = 0;
    } else if (s->maxchar < 0x80) {
        x = molt_siphash13(s->data, (size_t)s->size);
    } else {
        /* CPython hashes its internal UCS1/UCS2/UCS4 array (little-endian). */
        size_t kind = s->maxchar < 0x100 ? 1 : s->maxchar < 0x10000 ? 2 : 4;
        size_t n = (size_t)s->length * kind;
        unsigned char *buf = malloc(n);
        if (!buf) {
            molt_err_nomemory();
            return -1;
        }
        const unsigned char *p = (const unsigned char *)s->data;
        for (int64_t i = 0; i < s->length; i++) {
            uint32_t cp = decode_cp(&p);
            for (size_t k = 0; k < kind; k++) buf[(size_t)i * kind + k] = (unsigned char)(cp >> (8 * k));
        }
        x = molt_siphash13(buf, n);
        free(buf);
    }
    MoltHash h = (MoltHash)x;
    if (h == -1) h = -2;
    s->hash = h;
    return h;
}

static MoltHash str_hash_slot(MoltValue v) { return molt_str_hash(v); }

/* ---- repr ----------------------------------------------------------------- */

MoltValue molt_str_repr(MoltValue v) {
    MoltStr *s = as_str(v);
    bool has_sq = memchr(s->data, '\'', (size_t)s->size) != NULL;
    bool has_dq = memchr(s->data, '"', (size_t)s->size) != NULL;
    char quote = (has_sq && !has_dq) ? '"' : '\'';
    static const char hex[] = "0123456789abcdef";
    MoltStrBuf b;
    molt_strbuf_init(&b);
    molt_strbuf_append_char(&b, quote);
    const unsigned char *p = (const unsigned char *)s->data, *end = p + s->size;
    while (p < end) {
        uint32_t c = decode_cp(&p);
        if (c == (uint32_t)quote || c == '\\') {
            molt_strbuf_append_char(&b, '\\');
            molt_strbuf_append_char(&b, (char)c);
        } else if (c == '\t') {
            molt_strbuf_append(&b, "\\t", 2);
        } else if (c == '\n') {
            molt_strbuf_append(&b, "\\n", 2);
        } else if (c == '\r') {
            molt_strbuf_append(&b, "\\r", 2);
        } else if (c < 0x20 || c == 0x7F) {
            char e[4] = {'\\', 'x', hex[c >> 4], hex[c & 15]};
            molt_strbuf_append(&b, e, 4);
        } else if (c < 0x7F) {
            molt_strbuf_append_char(&b, (char)c);
        } else if (molt_unicode_isprintable(c)) {
            molt_strbuf_append_cp(&b, c);
        } else if (c <= 0xFF) {
            char e[4] = {'\\', 'x', hex[c >> 4], hex[c & 15]};
            molt_strbuf_append(&b, e, 4);
        } else if (c <= 0xFFFF) {
            char e[6] = {'\\', 'u', hex[c >> 12], hex[(c >> 8) & 15], hex[(c >> 4) & 15], hex[c & 15]};
            molt_strbuf_append(&b, e, 6);
        } else {
            char e[10] = {'\\', 'U', hex[c >> 28], hex[(c >> 24) & 15], hex[(c >> 20) & 15],
                          hex[(c >> 16) & 15], hex[(c >> 12) & 15], hex[(c >> 8) & 15],
                          hex[(c >> 4) & 15], hex[c & 15]};
            molt_strbuf_append(&b, e, 10);
        }
    }
    molt_strbuf_append_char(&b, quote);
    return molt_strbuf_finish(&b);
}

char *molt_str_to_ascii_number(MoltValue v, size_t *n) {
    MoltStr *s = as_str(v);
    char *out = malloc((size_t)s->length + 1);
    if (!out) {
        molt_err_nomemory();
        return NULL;
    }
    const unsigned char *p = (const unsigned char *)s->data;
    size_t k = 0;
    for (int64_t i = 0; i < s->length; i++) {
        uint32_t c = decode_cp(&p);
        if (c < 127) {
            out[k++] = (char)c;
        } else if (molt_unicode_isspace(c)) {
            out[k++] = ' ';
        } else {
            int d = molt_unicode_decimal(c);
            if (d < 0) {
                out[k++] = '?';
                break;
            }
            out[k++] = (char)('0' + d);
        }
    }
    out[k] = '\0';
    *n = k;
    return out;
}

static MoltValue str_str(MoltValue v) { return molt_incref(v); }

/* ---- comparison, contains ------------------------------------------------- */

static int str_cmp(const MoltStr *a, const MoltStr *b) {
    /* UTF-8 byte order is code point order. */
    int64_t n = a->size < b->size ? a->size : b->size;
    int c = n ? memcmp(a->data, b->data, (size_t)n) : 0;
    if (c) return c < 0 ? -1 : 1;
    return a->size < b->size ? -1 : a->size > b->size;
}

static MoltValue str_richcompare(MoltValue v, MoltValue w, int op) {
    if (!molt_is_str(w)) return MOLT_NOTIMPLEMENTED;
    MoltStr *a = as_str(v), *b = as_str(w);
    if (op == MOLT_EQ || op == MOLT_NE) {
        bool eq = a->size == b->size && memcmp(a->data, b->data, (size_t)a->size) == 0;
        return molt_from_bool(op == MOLT_EQ ? eq : !eq);
    }
    return molt_cmp_result(str_cmp(a, b), op);
}

int molt_str_contains(MoltValue v, MoltValue needle) {
    if (!molt_is_str(needle)) {
        molt_err_format(&MoltExc_TypeError, "'in <string>' requires string as left operand, not %s",
                        molt_type_of(needle)->tp_name);
        return -1;
    }
    MoltStr *h = as_str(v), *n = as_str(needle);
    if (n->size == 0) return 1;
    if (n->size > h->size) return 0;
    const char *p = h->data, *last = h->data + (h->size - n->size);
    while (p <= last) {
        p = memchr(p, n->data[0], (size_t)(last - p) + 1);
        if (!p) return 0;
        if (memcmp(p, n->data, (size_t)n->size) == 0) return 1;
        p++;
    }
    return 0;
}

/* ---- sequence operations -------------------------------------------------- */

int64_t str_sq_length(MoltValue v) { return as_str(v)->length; }

MoltValue molt_str_concat(MoltValue a, MoltValue b) {
    if (!molt_is_str(b)) {
        molt_err_format(&MoltExc_TypeError, "can only concatenate str (not \"%s\") to str",
                        molt_type_of(b)->tp_name);
        return MOLT_ERROR;
    }
    MoltStr *x = as_str(a), *y = as_str(b);
    if (y->size == 0) return molt_incref(a);
    if (x->size == 0) return molt_incref(b);
    MoltStr *o = molt_alloc_object(&MoltStr_Type, sizeof(MoltStr) + (size_t)(x->size + y->size) + 1);
    if (!o) return MOLT_ERROR;
    o->size = x->size + y->size;
    o->length = x->length + y->length;
    o->hash = -1;
    o->index = NULL;
    o->maxchar = x->maxchar > y->maxchar ? x->maxchar : y->maxchar;
    memcpy(o->data, x->data, (size_t)x->size);
    memcpy(o->data + x->size, y->data, (size_t)y->size);
    o->data[o->size] = '\0';
    return molt_from_ptr(o);
}

MoltValue molt_str_repeat(MoltValue v, int64_t n) {
    MoltStr *s = as_str(v);
    if (n <= 0 || s->size == 0) return molt_str_from_utf8("", 0);
    if (n == 1) return molt_incref(v);
    if (s->size > INT64_MAX / 2 / n) {
        molt_err_set(&MoltExc_OverflowError, "repeated string is too long");
        return MOLT_ERROR;
    }
    MoltStr *o = molt_alloc_object(&MoltStr_Type, sizeof(MoltStr) + (size_t)(s->size * n) + 1);
    if (!o) return MOLT_ERROR;
    o->size = s->size * n;
    o->length = s->length * n;
    o->hash = -1;
    o->index = NULL;
    o->maxchar = s->maxchar;
    for (int64_t i = 0; i < n; i++) memcpy(o->data + i * s->size, s->data, (size_t)s->size);
    o->data[o->size] = '\0';
    return molt_from_ptr(o);
}

MoltValue str_sq_item(MoltValue v, int64_t i) {
    MoltStr *s = as_str(v);
    if (i < 0 || i >= s->length) {
        molt_err_set(&MoltExc_IndexError, "string index out of range");
        return MOLT_ERROR;
    }
    int64_t off = molt_str_cp_offset(s, i);
    const unsigned char *p = (const unsigned char *)s->data + off;
    uint32_t cp = decode_cp(&p);
    return str_new_raw(s->data + off, (size_t)((const char *)p - (s->data + off)), 1, cp);
}

MoltValue molt_str_getitem_index(MoltValue v, int64_t i) {
    if (i < 0) i += as_str(v)->length;
    return str_sq_item(v, i);
}

MoltValue str_mp_subscript(MoltValue v, MoltValue key) {
    if (molt_is_slice(key)) {
        MoltSlice *sl = (MoltSlice *)molt_as_ptr(key);
        return molt_str_slice(v, sl->start, sl->stop, sl->step);
    }
    if (!molt_is_intlike(key)) {
        molt_err_format(&MoltExc_TypeError, "string indices must be integers, not '%s'",
                        molt_type_of(key)->tp_name);
        return MOLT_ERROR;
    }
    int64_t i;
    if (molt_int_as_i64(key, &i) < 0) {
        molt_err_clear();
        molt_err_format(&MoltExc_IndexError, "cannot fit 'int' into an index-sized integer");
        return MOLT_ERROR;
    }
    return molt_str_getitem_index(v, i);
}

MoltValue molt_str_slice(MoltValue v, MoltValue vstart, MoltValue vstop, MoltValue vstep) {
    MoltStr *s = as_str(v);
    int64_t start, step, count;
    if (molt_slice_bounds(vstart, vstop, vstep, s->length, &start, &step, &count) < 0) return MOLT_ERROR;
    if (count <= 0) return molt_str_from_utf8("", 0);
    if (step == 1) {
        int64_t a = molt_str_cp_offset(s, start);
        int64_t b = a + (s->size == s->length ? count : 0);
        if (s->size != s->length) {
            const unsigned char *p = (const unsigned char *)s->data + a;
            for (int64_t i = 0; i < count; i++) decode_cp(&p);
            b = (int64_t)((const char *)p - s->data);
        }
        return molt_str_from_utf8(s->data + a, (size_t)(b - a));
    }
    /* General step: decode once into code points. */
    int64_t len = s->length;
    uint32_t *cps = malloc((size_t)len * sizeof(uint32_t));
    if (!cps) return molt_err_nomemory();
    const unsigned char *p = (const unsigned char *)s->data;
    for (int64_t i = 0; i < len; i++) cps[i] = decode_cp(&p);
    MoltStrBuf b;
    molt_strbuf_init(&b);
    for (int64_t i = 0, j = start; i < count; i++, j += step) molt_strbuf_append_cp(&b, cps[j]);
    free(cps);
    return molt_strbuf_finish(&b);
}

int str_sq_contains(MoltValue v, MoltValue x) { return molt_str_contains(v, x); }

MoltType MoltStr_Type = {
    .ob = MOLT_STATIC_HEADER(&MoltType_Type),
    .tp_name = "str",
    .tp_methods = molt_methods_str,
    .tp_basicsize = sizeof(MoltStr),
    .tp_dealloc = str_dealloc,
    .tp_repr = molt_str_repr,
    .tp_str = str_str,
    .tp_hash = str_hash_slot,
    .tp_richcompare = str_richcompare,
    .tp_as_mapping = &molt_static_as_mapping,
    .tp_index = MOLT_TI_STR,
    .tp_base = &MoltBaseObject_Type,
    .tp_mro = MOLT_NONE,
    .tp_dict = MOLT_NONE,
};
