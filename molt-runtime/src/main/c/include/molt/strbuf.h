/*
 * molt/strbuf.h — a growable UTF-8 byte buffer for building str results.
 * On allocation failure the buffer remembers it; molt_strbuf_finish then
 * returns MOLT_ERROR with MemoryError set.
 */
#ifndef MOLT_STRBUF_H
#define MOLT_STRBUF_H

#include "molt/object.h"

typedef struct MoltStrBuf {
    char *data;
    size_t len, cap;
    bool failed;
    char inline_buf[128];
} MoltStrBuf;

void molt_strbuf_init(MoltStrBuf *b);
void molt_strbuf_append(MoltStrBuf *b, const char *s, size_t n);
/* Makes room for `extra` more bytes at once (a padding width, say); false, and the buffer
 * failed (MemoryError at finish), when that much memory cannot be had. */
bool molt_strbuf_reserve(MoltStrBuf *b, uint64_t extra);
void molt_strbuf_append_cstr(MoltStrBuf *b, const char *s);
void molt_strbuf_append_char(MoltStrBuf *b, char c);
/* Appends the UTF-8 text of str `s` (borrowed). */
void molt_strbuf_append_str(MoltStrBuf *b, MoltValue s);
/* Appends the UTF-8 encoding of code point cp. */
void molt_strbuf_append_cp(MoltStrBuf *b, uint32_t cp);
/* New str from the contents (the buffer is released). */
MoltValue molt_strbuf_finish(MoltStrBuf *b);
void molt_strbuf_release(MoltStrBuf *b);

#endif
