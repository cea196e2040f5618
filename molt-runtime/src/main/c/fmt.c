/*
 * fmt.c — molt_snprintf / molt_vsnprintf (molt/fmt.h): the integer, character
 * and string conversions of C11 §7.21.6.1, written for the runtime's messages
 * so that no printf family is linked.
 *
 * Source followed: ISO/IEC 9899:2011 §7.21.6.1 (fprintf) for the semantics of
 * flags, width, precision and each conversion; musl's src/stdio/vfprintf.c
 * (printf_core) for the shape: a left-to-right scan that pads with
 * spaces or zeros around a prefix and a body.
 */
#include "molt/fmt.h"

#if MOLT_USE_OWN_LIBC
/* cold or rarely hot code: optimised for size (clang's -Oz for these functions only) */
#pragma clang attribute push(__attribute__((minsize)), apply_to = function)
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

typedef struct Out {
    char *buf;
    size_t cap; /* usable bytes, NUL excluded */
    size_t len; /* bytes produced so far (may exceed cap) */
} Out;

static void put(Out *o, const char *s, size_t n) {
    if (o->len < o->cap) {
        size_t room = o->cap - o->len;
        memcpy(o->buf + o->len, s, n < room ? n : room);
    }
    o->len += n;
}

static void pad(Out *o, char c, size_t n) {
    char chunk[16];
    memset(chunk, c, sizeof chunk);
    while (n > 0) {
        size_t k = n < sizeof chunk ? n : sizeof chunk;
        put(o, chunk, k);
        n -= k;
    }
}

enum { F_MINUS = 1, F_PLUS = 2, F_SPACE = 4, F_ALT = 8, F_ZERO = 16 };

/* Emits prefix + body in a field of `width`: left-justified with '-', else
 * zero-padded between prefix and body when `zeros`, else space-padded left. */
static void field(Out *o, int flags, size_t width, bool zeros, const char *prefix, size_t plen, const char *body,
                  size_t blen, size_t body_zeros) {
    size_t n = plen + body_zeros + blen;
    size_t fill = width > n ? width - n : 0;
    if (!(flags & F_MINUS) && !zeros) pad(o, ' ', fill);
    put(o, prefix, plen);
    if (!(flags & F_MINUS) && zeros) pad(o, '0', fill);
    pad(o, '0', body_zeros);
    put(o, body, blen);
    if (flags & F_MINUS) pad(o, ' ', fill);
}

static void integer(Out *o, int flags, size_t width, int prec, char conv, uintmax_t u, bool negative) {
    char digits[3 * sizeof(uintmax_t) + 2];
    char *end = digits + sizeof digits, *p = end;
    unsigned base = conv == 'o' ? 8 : (conv == 'x' || conv == 'X') ? 16 : 10;
    const char *hex = conv == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    for (uintmax_t v = u; v != 0; v /= base) *--p = hex[v % base];
    size_t blen = (size_t)(end - p);
    /* precision: minimum digits (default 1; "%.0d" of 0 prints nothing) */
    size_t min = prec < 0 ? 1 : (size_t)prec;
    size_t body_zeros = min > blen ? min - blen : 0;
    char prefix[3];
    size_t plen = 0;
    if (conv == 'd' || conv == 'i') {
        if (negative) prefix[plen++] = '-';
        else if (flags & F_PLUS) prefix[plen++] = '+';
        else if (flags & F_SPACE) prefix[plen++] = ' ';
    } else if ((flags & F_ALT) && base == 16 && u != 0) {
        prefix[plen++] = '0';
        prefix[plen++] = conv == 'X' ? 'X' : 'x';
    } else if ((flags & F_ALT) && base == 8 && body_zeros == 0 && (blen == 0 || *p != '0')) {
        body_zeros = 1; /* '#' with 'o' forces a leading zero */
    }
    /* '0' is ignored with '-' or with a precision */
    field(o, flags, width, (flags & F_ZERO) && !(flags & F_MINUS) && prec < 0, prefix, plen, p, blen, body_zeros);
}

int molt_vsnprintf(char *buf, size_t cap, const char *fmt, va_list ap) {
    Out o = {buf, cap > 0 ? cap - 1 : 0, 0};
    const char *f = fmt;
    while (*f) {
        if (*f != '%') {
            const char *lit = f;
            while (*f && *f != '%') f++;
            put(&o, lit, (size_t)(f - lit));
            continue;
        }
        const char *spec = f++;
        int flags = 0;
        for (;; f++) {
            if (*f == '-') flags |= F_MINUS;
            else if (*f == '+') flags |= F_PLUS;
            else if (*f == ' ') flags |= F_SPACE;
            else if (*f == '#') flags |= F_ALT;
            else if (*f == '0') flags |= F_ZERO;
            else break;
        }
        size_t width = 0;
        if (*f == '*') {
            int w = va_arg(ap, int);
            if (w < 0) {
                flags |= F_MINUS;
                w = -w;
            }
            width = (size_t)w;
            f++;
        } else {
            while (*f >= '0' && *f <= '9') width = width * 10 + (size_t)(*f++ - '0');
        }
        int prec = -1;
        if (*f == '.') {
            f++;
            if (*f == '*') {
                prec = va_arg(ap, int);
                if (prec < 0) prec = -1; /* a negative precision is taken as if omitted */
                f++;
            } else {
                prec = 0;
                while (*f >= '0' && *f <= '9') prec = prec * 10 + (*f++ - '0');
            }
        }
        int len = 0; /* 0 int, 1 h, 2 hh, 3 l, 4 ll, 5 z, 6 j, 7 t */
        switch (*f) {
        case 'h': len = f[1] == 'h' ? 2 : 1; f += len; break;
        case 'l': len = f[1] == 'l' ? 4 : 3; f += len - 2; break;
        case 'z': len = 5; f++; break;
        case 'j': len = 6; f++; break;
        case 't': len = 7; f++; break;
        default: break;
        }
        char conv = *f;
        if (conv) f++;
        switch (conv) {
        case 'd':
        case 'i': {
            intmax_t v;
            switch (len) {
            case 1: v = (short)va_arg(ap, int); break;
            case 2: v = (signed char)va_arg(ap, int); break;
            case 3: v = va_arg(ap, long); break;
            case 4: v = va_arg(ap, long long); break;
            case 5: v = (intmax_t)va_arg(ap, ptrdiff_t); break; /* the signed type of size_t's width */
            case 6: v = va_arg(ap, intmax_t); break;
            case 7: v = va_arg(ap, ptrdiff_t); break;
            default: v = va_arg(ap, int); break;
            }
            uintmax_t u = v < 0 ? (uintmax_t)0 - (uintmax_t)v : (uintmax_t)v;
            integer(&o, flags, width, prec, conv, u, v < 0);
            break;
        }
        case 'u':
        case 'x':
        case 'X':
        case 'o': {
            uintmax_t u;
            switch (len) {
            case 1: u = (unsigned short)va_arg(ap, unsigned); break;
            case 2: u = (unsigned char)va_arg(ap, unsigned); break;
            case 3: u = va_arg(ap, unsigned long); break;
            case 4: u = va_arg(ap, unsigned long long); break;
            case 5: u = va_arg(ap, size_t); break;
            case 6: u = va_arg(ap, uintmax_t); break;
            case 7: u = (uintmax_t)va_arg(ap, ptrdiff_t); break;
            default: u = va_arg(ap, unsigned); break;
            }
            integer(&o, flags, width, prec, conv, u, false);
            break;
        }
        case 'c': {
            char c = (char)va_arg(ap, int);
            field(&o, flags, width, false, "", 0, &c, 1, 0);
            break;
        }
        case 's': {
            const char *s = va_arg(ap, const char *);
            if (!s) s = "(null)";
            size_t n = 0;
            while ((prec < 0 || n < (size_t)prec) && s[n]) n++;
            field(&o, flags, width, false, "", 0, s, n, 0);
            break;
        }
        case '%':
            put(&o, "%", 1);
            break;
        default: /* not a conversion this formatter knows: copy the specification through */
            put(&o, spec, (size_t)(f - spec));
            break;
        }
    }
    if (cap > 0) buf[o.len < o.cap ? o.len : o.cap] = '\0';
    return o.len > INT32_MAX ? -1 : (int)o.len;
}

int molt_snprintf(char *buf, size_t cap, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = molt_vsnprintf(buf, cap, fmt, ap);
    va_end(ap);
    return n;
}
#pragma clang attribute pop
#else
typedef int molt_fmt_unused; /* the C library's snprintf serves (molt/fmt.h) */
#endif
