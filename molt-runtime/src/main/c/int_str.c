/*
 * int_str.c — int <-> decimal text: str(int) and int(text, base).
 *
 * str(): repeated division by 10**9 (quadratic; CPython 3.11 is quadratic too
 * and refuses more than 4300 digits by default — sys.set_int_max_str_digits —
 * a limit Molt does not impose).
 * int(): CPython 3.12 Objects/longobject.c PyLong_FromString: optional sign,
 * base prefixes 0x/0o/0b (base 0 or the matching base), single underscores
 * between digits (and right after a prefix), surrounding whitespace; in base 0
 * a nonzero literal may not start with 0. Unicode whitespace and decimal
 * digits are first mapped to ASCII (molt_str_to_ascii_number), as CPython's
 * PyLong_FromUnicodeObject does.
 */
#include "bigint.h"
#include "molt/fmt.h"

#include <stdio.h>
#include <stdlib.h>

MoltValue molt_int_str(MoltValue v) {
    if (molt_is_smallint(v) || molt_is_bool(v)) {
        char buf[24];
        int64_t i = molt_is_bool(v) ? molt_as_bool(v) : molt_as_smallint(v);
        int n = molt_snprintf(buf, sizeof buf, "%lld", (long long)i);
        return molt_str_from_utf8(buf, (size_t)n);
    }
    IntView a;
    int_view(v, &a);
    size_t n = a.n;
    uint32_t *work = malloc(n * sizeof(uint32_t));
    /* base 10**9 chunks, least significant first: ~ 32*n / 29.9 chunks */
    size_t maxchunks = n * 32 / 29 + 2;
    uint32_t *chunks = malloc(maxchunks * sizeof(uint32_t));
    if (!work || !chunks) {
        free(work);
        free(chunks);
        return molt_err_nomemory();
    }
    memcpy(work, a.d, n * sizeof(uint32_t));
    size_t nc = 0;
    while (n > 0) {
        chunks[nc++] = mag_divrem_small(work, work, n, 1000000000u);
        n = mag_normalize(work, n);
    }
    free(work);
    size_t cap = nc * 9 + 2;
    char *out = malloc(cap);
    if (!out) {
        free(chunks);
        return molt_err_nomemory();
    }
    size_t len = 0;
    if (a.sign < 0) out[len++] = '-';
    len += (size_t)molt_snprintf(out + len, cap - len, "%u", chunks[nc - 1]);
    for (size_t i = nc - 1; i-- > 0;) len += (size_t)molt_snprintf(out + len, cap - len, "%09u", chunks[i]);
    free(chunks);
    MoltValue s = molt_str_from_utf8(out, len);
    free(out);
    return s;
}

static int digit_value(unsigned char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

static bool is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/* Returns the int, or MOLT_ERROR with nothing set for a syntax error. */
static MoltValue parse_int(const char *s, size_t n, int base) {
    size_t i = 0;
    while (i < n && is_space((unsigned char)s[i])) i++;
    while (n > i && is_space((unsigned char)s[n - 1])) n--;
    int sign = 1;
    if (i < n && (s[i] == '+' || s[i] == '-')) {
        if (s[i] == '-') sign = -1;
        i++;
    }
    bool prefixed = false;
    if (i + 1 < n && s[i] == '0') {
        char p = (char)(s[i + 1] | 0x20);
        int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) {
            base = pb;
            i += 2;
            prefixed = true;
        }
    }
    bool base0 = base == 0;
    if (base0) base = 10;
    /* validate and collect the digits */
    size_t start = i, ndig = 0;
    bool leading_zero_ok = true, prev_digit = false;
    for (; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '_') {
            /* one underscore, between digits or right after a base prefix */
            if (!prev_digit && !(prefixed && i == start)) return MOLT_ERROR;
            if (i + 1 >= n || s[i + 1] == '_') return MOLT_ERROR;
            prev_digit = false;
            continue;
        }
        if (digit_value(c) >= base) return MOLT_ERROR;
        if (c != '0') leading_zero_ok = false;
        prev_digit = true;
        ndig++;
    }
    if (ndig == 0) return MOLT_ERROR;
    if (base0 && !prefixed && s[start] == '0' && !leading_zero_ok) return MOLT_ERROR;
    /* accumulate: r = r * base**k + chunk, k digits at a time */
    uint32_t chunk_mul = 1;
    int per_chunk = 0;
    while ((uint64_t)chunk_mul * (uint64_t)base <= UINT32_MAX) {
        chunk_mul *= (uint32_t)base;
        per_chunk++;
    }
    size_t cap = ndig / (size_t)per_chunk + 2;
    MoltBigInt *r = bigint_alloc(cap);
    if (!r) return MOLT_ERROR;
    size_t rn = 0;
    uint32_t acc = 0, mul = 1;
    int inchunk = 0;
    for (size_t k = start; k <= n; k++) {
        bool flush = k == n;
        if (!flush) {
            if (s[k] == '_') continue;
            acc = acc * (uint32_t)base + (uint32_t)digit_value((unsigned char)s[k]);
            mul *= (uint32_t)base;
            flush = ++inchunk == per_chunk;
        }
        if (flush && inchunk) {
            uint64_t carry = acc;
            for (size_t j = 0; j < rn; j++) {
                carry += (uint64_t)r->limbs[j] * mul;
                r->limbs[j] = (uint32_t)carry;
                carry >>= 32;
            }
            if (carry) r->limbs[rn++] = (uint32_t)carry;
            acc = 0;
            mul = 1;
            inchunk = 0;
        }
    }
    r->size = (int64_t)cap;
    return bigint_finish(r, sign);
}

/* ValueError "invalid literal for int() with base B: %.200R". */
static MoltValue invalid_literal(MoltValue str, int base) {
    MoltValue rep = molt_repr(str);
    if (rep == MOLT_ERROR) return MOLT_ERROR;
    /* CPython truncates the literal's repr to 200 characters (%.200R). */
    int64_t shown = molt_str_size(rep);
    if (molt_str_length(rep) > 200) {
        const unsigned char *p = (const unsigned char *)molt_str_data(rep);
        int64_t cps = 0, off = 0;
        while (cps < 200) {
            unsigned c = p[off];
            off += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
            cps++;
        }
        shown = off;
    }
    molt_err_format(&MoltExc_ValueError, "invalid literal for int() with base %d: %.*s", base, (int)shown,
                    molt_str_data(rep));
    molt_decref(rep);
    return MOLT_ERROR;
}

static bool check_base(int base) {
    if (base != 0 && (base < 2 || base > 36)) {
        molt_err_set(&MoltExc_ValueError, "int() base must be >= 2 and <= 36, or 0");
        return false;
    }
    return true;
}

MoltValue molt_int_from_utf8(const char *s, size_t n, int base) {
    MoltValue str = molt_str_from_utf8(s, n);
    if (str == MOLT_ERROR) return MOLT_ERROR;
    MoltValue r = molt_int_from_string(str, base);
    molt_decref(str);
    return r;
}

MoltValue molt_int_from_string(MoltValue s, int base) {
    if (!check_base(base)) return MOLT_ERROR;
    size_t n;
    char *ascii = molt_str_to_ascii_number(s, &n);
    if (!ascii) return MOLT_ERROR;
    MoltValue r = parse_int(ascii, n, base);
    free(ascii);
    if (r != MOLT_ERROR || molt_err_occurred()) return r;
    return invalid_literal(s, base);
}
