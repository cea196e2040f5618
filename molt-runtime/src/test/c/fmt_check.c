/*
 * fmt_check.c — molt_snprintf (fmt.c) against the C library's snprintf on random conversion specifications:
 * flags, widths and precisions (literal and *), length modifiers, the conversions d i u x X o c s and %%, signed
 * and unsigned edge values, and small buffers (truncation and the returned length). Prints "ok N" or the first
 * difference; exits 1 on a difference. Arguments: the random seed, the number of cases. Build natively with fmt.c.
 */
#include "molt/fmt.h"

#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t state;
static uint64_t next(void) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return state >> 11;
}

static long long value(void) {
    static const long long edge[] = {0, 1, -1, 9, 10, -10, 255, 256, 65535, 65536, INT_MAX, INT_MIN,
                                     (long long)UINT_MAX, LLONG_MAX, LLONG_MIN, 4096, 0x7f, -0x80};
    switch (next() % 4) {
    case 0: return edge[next() % (sizeof edge / sizeof *edge)];
    case 1: return (long long)(next() % 1000) - 500;
    case 2: return (long long)next();
    default: return (long long)(next() << 11);
    }
}

static int compare(const char *fmt, const char *a, int na, const char *b, int nb) {
    if (na != nb || strcmp(a, b) != 0) {
        printf("format \"%s\": libc %d \"%s\", molt %d \"%s\"\n", fmt, na, a, nb, b);
        return 0;
    }
    return 1;
}

int main(int argc, char **argv) {
    state = argc > 1 ? (uint64_t)atoll(argv[1]) : 1;
    static const char *lengths[] = {"", "hh", "h", "l", "ll", "z", "j", "t"};
    static const char convs[] = "diuxXocs%";
    static const char *strs[] = {"", "a", "hello", "'quoted'", "a much longer string of words"};
    long count = argc > 2 ? atol(argv[2]) : 300000, n = 0;
    for (; n < count; n++) {
        char fmt[64], *p = fmt;
        *p++ = 'L'; /* literal text around the conversion */
        *p++ = '%';
        for (int k = (int)(next() % 4); k > 0; k--) *p++ = "-+ #0"[next() % 5];
        int star_w = 0, star_p = 0, wv = 0, pv = 0;
        switch (next() % 4) {
        case 0: break;
        case 1: p += sprintf(p, "%d", (int)(next() % 25)); break;
        case 2: p += sprintf(p, "%d", (int)(next() % 4)); break;
        default: *p++ = '*'; star_w = 1; wv = (int)(next() % 41) - 20; break;
        }
        switch (next() % 4) {
        case 0: break;
        case 1: p += sprintf(p, ".%d", (int)(next() % 22)); break;
        case 2: *p++ = '.'; break;
        default: *p++ = '.'; *p++ = '*'; star_p = 1; pv = (int)(next() % 30) - 5; break;
        }
        char conv = convs[next() % (sizeof convs - 1)];
        const char *len = (conv == 'c' || conv == 's' || conv == '%') ? "" : lengths[next() % 8];
        if (conv == '%') { /* only the plain "%%" is meaningful */
            p = fmt + 1;
            *p++ = '%';
        }
        p += sprintf(p, "%s%c>", len, conv);
        *p = '\0';
        char a[256], b[256];
        size_t cap = next() % 5 == 0 ? (size_t)(next() % 12) : sizeof a;
        int na, nb;
        long long v = value();
        const char *s = strs[next() % 5];
        memset(a, 'x', sizeof a);
        memset(b, 'x', sizeof b);
#define BOTH(...)                                     \
    do {                                              \
        na = snprintf(a, cap, fmt, __VA_ARGS__);      \
        nb = molt_snprintf(b, cap, fmt, __VA_ARGS__); \
    } while (0)
#define BY_STARS(x)                                                    \
    do {                                                               \
        if (star_w && star_p) BOTH(wv, pv, x);                         \
        else if (star_w) BOTH(wv, x);                                  \
        else if (star_p) BOTH(pv, x);                                  \
        else BOTH(x);                                                  \
    } while (0)
#pragma clang diagnostic ignored "-Wformat-nonliteral"
#pragma clang diagnostic ignored "-Wformat-security"
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
        if (conv == '%') {
            na = snprintf(a, cap, fmt, 0);
            nb = molt_snprintf(b, cap, fmt, 0);
        } else if (conv == 's') {
            BY_STARS(s);
        } else if (conv == 'c') {
            BY_STARS((int)(' ' + (v & 63)));
        } else if (!strcmp(len, "") || !strcmp(len, "hh") || !strcmp(len, "h")) {
            BY_STARS((int)v);
        } else if (!strcmp(len, "l")) {
            BY_STARS((long)v);
        } else if (!strcmp(len, "z")) {
            BY_STARS((size_t)v);
        } else if (!strcmp(len, "t")) {
            BY_STARS((ptrdiff_t)v);
        } else if (!strcmp(len, "j")) {
            BY_STARS((intmax_t)v);
        } else {
            BY_STARS(v);
        }
        if (cap == 0) {
            if (na != nb || a[0] != 'x' || b[0] != 'x') {
                printf("format \"%s\" with cap 0: libc %d, molt %d\n", fmt, na, nb);
                return 1;
            }
        } else if (!compare(fmt, a, na, b, nb)) {
            return 1;
        }
    }
    printf("ok %ld\n", n);
    return 0;
}
