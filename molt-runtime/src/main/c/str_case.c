/*
 * str_case.c — str case mapping (upper, lower with Final_Sigma, casefold,
 * swapcase, capitalize, title) and the character-class predicates
 * (isalpha, isdigit, isdecimal, isnumeric, isalnum, isspace, islower,
 * isupper, istitle, isascii, isprintable).
 *
 * Source followed: CPython 3.12 Objects/unicodeobject.c (do_upper, do_lower,
 * lower_ucs4, handle_capital_sigma, do_casefold, do_swapcase, do_capitalize,
 * do_title, unicode_is*_impl).
 */
#include "unicode_case.h"

#include <stdlib.h>

/* The code points of s (malloc'ed) or NULL + MemoryError. */
static uint32_t *decode_all(MoltValue s, int64_t *n) {
    *n = molt_str_length(s);
    uint32_t *cps = malloc((size_t)(*n ? *n : 1) * sizeof(uint32_t));
    if (!cps) {
        molt_err_nomemory();
        return NULL;
    }
    const unsigned char *p = (const unsigned char *)molt_str_data(s);
    for (int64_t i = 0; i < *n; i++) {
        uint32_t c = *p++;
        int extra = c < 0x80 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
        if (extra) c &= extra == 1 ? 0x1F : extra == 2 ? 0x0F : 0x07;
        while (extra--) c = (c << 6) | (*p++ & 0x3F);
        cps[i] = c;
    }
    return cps;
}

/* U+03A3 lowers to final sigma U+03C2 in \p{cased}\p{case-ignorable}* _ !(\p{case-ignorable}*\p{cased}). */
static uint32_t capital_sigma(const uint32_t *d, int64_t n, int64_t i) {
    int64_t j = i - 1;
    while (j >= 0 && molt_unicode_iscaseignorable(d[j])) j--;
    bool final_sigma = j >= 0 && molt_unicode_iscased(d[j]);
    if (final_sigma && i + 1 < n) {
        j = i + 1;
        while (j < n && molt_unicode_iscaseignorable(d[j])) j++;
        final_sigma = j == n || !molt_unicode_iscased(d[j]);
    }
    return final_sigma ? 0x3C2 : 0x3C3;
}

static int lower_ucs4(const uint32_t *d, int64_t n, int64_t i, uint32_t out[3]) {
    if (d[i] == 0x3A3) {
        out[0] = capital_sigma(d, n, i);
        return 1;
    }
    return molt_unicode_to_lower_full(d[i], out);
}

enum CaseOp { UPPER, LOWER, CASEFOLD, SWAPCASE, CAPITALIZE, TITLE };

/* upper/lower/casefold/swapcase of an all-ASCII string (UTF-8 size == length), byte by byte — CPython's
 * ascii_upper_or_lower fast path (Objects/unicodeobject.c); no ASCII letter has a multi-character mapping. */
static MoltValue ascii_case_map(MoltValue s, enum CaseOp op) {
    int64_t n = molt_str_size(s);
    const char *src = molt_str_data(s);
    char *buf = malloc((size_t)(n ? n : 1));
    if (!buf) {
        molt_err_nomemory();
        return MOLT_ERROR;
    }
    for (int64_t i = 0; i < n; i++) {
        char c = src[i];
        bool up = c >= 'A' && c <= 'Z', low = c >= 'a' && c <= 'z';
        if (low && (op == UPPER || op == SWAPCASE)) c = (char)(c - 32);
        else if (up && (op == LOWER || op == CASEFOLD || op == SWAPCASE)) c = (char)(c + 32);
        buf[i] = c;
    }
    MoltValue r = molt_str_from_utf8(buf, (size_t)n);
    free(buf);
    return r;
}

static MoltValue case_map(MoltValue s, enum CaseOp op) {
    if (op != CAPITALIZE && op != TITLE && molt_str_size(s) == molt_str_length(s)) return ascii_case_map(s, op);
    int64_t n;
    uint32_t *d = decode_all(s, &n);
    if (!d) return MOLT_ERROR;
    MoltStrBuf b;
    molt_strbuf_init(&b);
    bool previous_is_cased = false;
    for (int64_t i = 0; i < n; i++) {
        uint32_t m[3];
        int k;
        uint32_t c = d[i];
        if (c < 128 && op <= SWAPCASE) { /* an ASCII letter maps to one ASCII letter (no context: not Σ) */
            bool up = c >= 'A' && c <= 'Z', low = c >= 'a' && c <= 'z';
            if (low && (op == UPPER || op == SWAPCASE)) c -= 32;
            else if (up && op != UPPER) c += 32;
            molt_strbuf_append_char(&b, (char)c);
            continue;
        }
        switch (op) {
        case UPPER: k = molt_unicode_to_upper_full(c, m); break;
        case LOWER: k = lower_ucs4(d, n, i, m); break;
        case CASEFOLD: k = molt_unicode_to_folded_full(c, m); break;
        case SWAPCASE:
            if (molt_unicode_isupper(c)) k = lower_ucs4(d, n, i, m);
            else if (molt_unicode_islower(c)) k = molt_unicode_to_upper_full(c, m);
            else {
                m[0] = c;
                k = 1;
            }
            break;
        case CAPITALIZE: k = i == 0 ? molt_unicode_to_title_full(c, m) : lower_ucs4(d, n, i, m); break;
        default: /* TITLE */
            k = previous_is_cased ? lower_ucs4(d, n, i, m) : molt_unicode_to_title_full(c, m);
            previous_is_cased = molt_unicode_iscased(c);
            break;
        }
        for (int j = 0; j < k; j++) molt_strbuf_append_cp(&b, m[j]);
    }
    free(d);
    return molt_strbuf_finish(&b);
}

MoltValue molt_str_upper(MoltValue s) { return case_map(s, UPPER); }
MoltValue molt_str_lower(MoltValue s) { return case_map(s, LOWER); }
MoltValue molt_str_casefold(MoltValue s) { return case_map(s, CASEFOLD); }
MoltValue molt_str_swapcase(MoltValue s) { return case_map(s, SWAPCASE); }
MoltValue molt_str_capitalize(MoltValue s) { return case_map(s, CAPITALIZE); }
MoltValue molt_str_title(MoltValue s) { return case_map(s, TITLE); }

/* ---- predicates --------------------------------------------------------------- */

static bool isalnum_cp(uint32_t c) {
    return molt_unicode_isalpha(c) || molt_unicode_decimal(c) >= 0 || molt_unicode_isdigit(c) ||
           molt_unicode_isnumeric(c);
}
static bool isdecimal_cp(uint32_t c) { return molt_unicode_decimal(c) >= 0; }

/* True when s is non-empty (or `empty_ok`) and every code point satisfies pred. */
static MoltValue all_of(MoltValue s, bool (*pred)(uint32_t), bool empty_result) {
    int64_t n;
    uint32_t *d = decode_all(s, &n);
    if (!d) return MOLT_ERROR;
    bool r = n == 0 ? empty_result : true;
    for (int64_t i = 0; i < n && r; i++) r = pred(d[i]);
    free(d);
    return molt_from_bool(r);
}

MoltValue molt_str_isalpha(MoltValue s) { return all_of(s, molt_unicode_isalpha, false); }
MoltValue molt_str_isdigit(MoltValue s) { return all_of(s, molt_unicode_isdigit, false); }
MoltValue molt_str_isdecimal(MoltValue s) { return all_of(s, isdecimal_cp, false); }
MoltValue molt_str_isnumeric(MoltValue s) { return all_of(s, molt_unicode_isnumeric, false); }
MoltValue molt_str_isalnum(MoltValue s) { return all_of(s, isalnum_cp, false); }
MoltValue molt_str_isspace(MoltValue s) { return all_of(s, molt_unicode_isspace, false); }
MoltValue molt_str_isprintable(MoltValue s) { return all_of(s, molt_unicode_isprintable, true); }

/* _PyUnicode_ScanIdentifier: XID_Start or '_', then XID_Continue (unicode_xid.c). */
MoltValue molt_str_isidentifier(MoltValue s) {
    int64_t n;
    uint32_t *d = decode_all(s, &n);
    if (!d) return MOLT_ERROR;
    bool ok = n > 0 && (d[0] == '_' || molt_unicode_isxidstart(d[0]));
    for (int64_t i = 1; i < n && ok; i++) ok = molt_unicode_isxidcontinue(d[i]);
    free(d);
    return molt_from_bool(ok);
}

MoltValue molt_str_isascii(MoltValue s) { return molt_from_bool(molt_str_size(s) == molt_str_length(s)); }

static MoltValue cased_check(MoltValue s, bool want_lower) {
    int64_t n;
    uint32_t *d = decode_all(s, &n);
    if (!d) return MOLT_ERROR;
    bool cased = false, ok = true;
    for (int64_t i = 0; i < n && ok; i++) {
        uint32_t c = d[i];
        bool wrong = want_lower ? molt_unicode_isupper(c) : molt_unicode_islower(c);
        if (wrong || molt_unicode_istitle(c)) ok = false;
        else if (want_lower ? molt_unicode_islower(c) : molt_unicode_isupper(c)) cased = true;
    }
    free(d);
    return molt_from_bool(ok && cased);
}

MoltValue molt_str_islower(MoltValue s) { return cased_check(s, true); }
MoltValue molt_str_isupper(MoltValue s) { return cased_check(s, false); }

MoltValue molt_str_istitle(MoltValue s) {
    int64_t n;
    uint32_t *d = decode_all(s, &n);
    if (!d) return MOLT_ERROR;
    bool cased = false, previous_is_cased = false, ok = true;
    for (int64_t i = 0; i < n && ok; i++) {
        uint32_t c = d[i];
        if (molt_unicode_isupper(c) || molt_unicode_istitle(c)) {
            if (previous_is_cased) ok = false;
            previous_is_cased = cased = true;
        } else if (molt_unicode_islower(c)) {
            if (!previous_is_cased) ok = false;
            previous_is_cased = cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    free(d);
    return molt_from_bool(ok && cased);
}
