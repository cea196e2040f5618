/*
 * strbuf.c — growable UTF-8 buffer (see molt/strbuf.h).
 */
#include "molt/molt.h"

#include <stdlib.h>

void molt_strbuf_init(MoltStrBuf *b) {
    b->data = b->inline_buf;
    b->len = 0;
    b->cap = sizeof b->inline_buf;
    b->failed = false;
}

static bool grow(MoltStrBuf *b, size_t extra) {
    if (b->failed) return false;
    if (b->len + extra <= b->cap) return true;
    if (extra > (SIZE_MAX >> 2) - b->len) { /* the doubling below would overflow */
        b->failed = true;
        return false;
    }
    size_t cap = b->cap * 2;
    while (cap < b->len + extra) cap *= 2;
    char *p;
    if (b->data == b->inline_buf) {
        p = malloc(cap);
        if (p) memcpy(p, b->data, b->len);
    } else {
        p = realloc(b->data, cap);
    }
    if (!p) {
        b->failed = true;
        return false;
    }
    b->data = p;
    b->cap = cap;
    return true;
}

void molt_strbuf_append(MoltStrBuf *b, const char *s, size_t n) {
    if (!grow(b, n)) return;
    memcpy(b->data + b->len, s, n);
    b->len += n;
}

bool molt_strbuf_reserve(MoltStrBuf *b, uint64_t extra) {
    if (extra > SIZE_MAX) {
        b->failed = true;
        return false;
    }
    return grow(b, (size_t)extra);
}

void molt_strbuf_append_cstr(MoltStrBuf *b, const char *s) { molt_strbuf_append(b, s, strlen(s)); }

void molt_strbuf_append_char(MoltStrBuf *b, char c) {
    if (!grow(b, 1)) return;
    b->data[b->len++] = c;
}

void molt_strbuf_append_str(MoltStrBuf *b, MoltValue s) {
    molt_strbuf_append(b, molt_str_data(s), (size_t)molt_str_size(s));
}

void molt_strbuf_append_cp(MoltStrBuf *b, uint32_t cp) {
    char u[4];
    size_t n;
    if (cp < 0x80) {
        u[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        u[0] = (char)(0xC0 | (cp >> 6));
        u[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        u[0] = (char)(0xE0 | (cp >> 12));
        u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        u[0] = (char)(0xF0 | (cp >> 18));
        u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    molt_strbuf_append(b, u, n);
}

void molt_strbuf_release(MoltStrBuf *b) {
    if (b->data != b->inline_buf) free(b->data);
    molt_strbuf_init(b);
}

MoltValue molt_strbuf_finish(MoltStrBuf *b) {
    if (b->failed) {
        molt_strbuf_release(b);
        return molt_err_nomemory();
    }
    MoltValue s = molt_str_from_utf8(b->data, b->len);
    molt_strbuf_release(b);
    return s;
}
