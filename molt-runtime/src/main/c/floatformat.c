/*
 * floatformat.c — PyOS_double_to_string: a double as text in the 'e', 'f',
 * 'g' and 'r' formats with CPython's flags, the engine behind format(float)
 * and f-strings.
 *
 * Digits come from floatdigits.c: correctly rounded, ties to even on the
 * exact binary value, as dtoa (modes 2 and 3), or the shortest round-trip
 * digits (mode 0); the layout is format_float_short's.
 *
 * Source followed: CPython 3.12 Python/pystrtod.c (PyOS_double_to_string,
 * format_float_short).
 */
#include "floatdigits.h"

#include "molt/fmt.h"

#include <math.h>
#include <stdlib.h>

/* Digits of finite x >= 0 with trailing zeros stripped ("0" for zero) and
 * decpt (x ~= 0.DIGITS * 10**decpt). mode 2: `ndigits` significant digits;
 * mode 3: `ndigits` digits after the point. Returns a malloc'ed string. */
static char *digits_of(double x, int mode, int ndigits, int *decpt, size_t *len) {
    char *buf = malloc(mode == 0 ? 24 : MOLT_DIGITS_MAX);
    if (!buf) return NULL;
    if (x == 0.0) {
        strcpy(buf, "0");
        *decpt = 1;
        *len = 1;
        return buf;
    }
    if (mode == 0) *len = (size_t)molt_shortest_digits(x, buf, decpt);
    else *len = (size_t)molt_rounded_digits(x, mode, ndigits, buf, decpt);
    return buf;
}

char *molt_double_to_string(double val, char format_code, int precision, int flags) {
    bool upper = false;
    int mode;
    switch (format_code) {
    case 'E': upper = true; format_code = 'e'; /* fall through */
    case 'e': mode = 2; precision++; break;
    case 'F': upper = true; format_code = 'f'; /* fall through */
    case 'f': mode = 3; break;
    case 'G': upper = true; format_code = 'g'; /* fall through */
    case 'g': mode = 2; if (precision == 0) precision = 1; break;
    case 'r': mode = 0; precision = 0; break;
    default:
        molt_err_set(&MoltExc_SystemError, "bad format code for molt_double_to_string");
        return NULL;
    }
    bool alt = flags & MOLT_DTSF_ALT, dot0 = flags & MOLT_DTSF_ADD_DOT_0, plus = flags & MOLT_DTSF_SIGN;
    bool negative = signbit(val) != 0;
    if (!isfinite(val)) {
        char *out = malloc(8);
        if (!out) {
            molt_err_nomemory();
            return NULL;
        }
        const char *word = isnan(val) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
        molt_snprintf(out, 8, "%s%s", isnan(val) ? (plus ? "+" : "") : negative ? "-" : plus ? "+" : "", word);
        return out;
    }
    int decpt;
    size_t digits_len;
    char *digits = digits_of(fabs(val), mode, precision, &decpt, &digits_len);
    if (!digits) {
        molt_err_nomemory();
        return NULL;
    }
    if ((flags & MOLT_DTSF_NO_NEG_0) && negative && digits_len == 1 && digits[0] == '0') negative = false;

    /* The output is a slice vdigits[vstart:vend] of the digits padded with
     * zeros on both sides, with a decimal point and maybe an exponent. */
    int64_t vend = (int64_t)digits_len, vstart;
    bool use_exp = false;
    int exp = 0;
    switch (format_code) {
    case 'e':
        use_exp = true;
        vend = precision;
        break;
    case 'f':
        vend = (int64_t)decpt + precision;
        break;
    case 'g':
        if (decpt <= -4 || decpt > (dot0 ? precision - 1 : precision)) use_exp = true;
        if (alt) vend = precision;
        break;
    default: /* 'r' */
        if (decpt <= -4 || decpt > 16) use_exp = true;
        break;
    }
    if (use_exp) {
        exp = decpt - 1;
        decpt = 1;
    }
    vstart = decpt <= 0 ? decpt - 1 : 0;
    if (!use_exp && dot0) vend = vend > decpt ? vend : decpt + 1;
    else vend = vend > decpt ? vend : decpt;

    size_t cap = (size_t)(vend - vstart) + 32;
    char *out = malloc(cap), *p = out;
    if (!out) {
        free(digits);
        molt_err_nomemory();
        return NULL;
    }
    if (negative) *p++ = '-';
    else if (plus) *p++ = '+';
    if (decpt <= 0) {
        memset(p, '0', (size_t)(decpt - vstart));
        p += decpt - vstart;
        *p++ = '.';
        memset(p, '0', (size_t)(0 - decpt));
        p += 0 - decpt;
    } else {
        memset(p, '0', (size_t)(0 - vstart));
        p += 0 - vstart;
    }
    if (0 < decpt && (size_t)decpt <= digits_len) {
        memcpy(p, digits, (size_t)decpt);
        p += decpt;
        *p++ = '.';
        memcpy(p, digits + decpt, digits_len - (size_t)decpt);
        p += digits_len - (size_t)decpt;
    } else {
        memcpy(p, digits, digits_len);
        p += digits_len;
    }
    if (digits_len < (size_t)(decpt > 0 ? decpt : 0)) {
        memset(p, '0', (size_t)decpt - digits_len);
        p += (size_t)decpt - digits_len;
        *p++ = '.';
        memset(p, '0', (size_t)(vend - decpt));
        p += vend - decpt;
    } else {
        memset(p, '0', (size_t)(vend - (int64_t)digits_len));
        p += vend - (int64_t)digits_len;
    }
    if (p[-1] == '.' && !alt) p--;
    if (use_exp) {
        p += molt_snprintf(p, 16, "%c%+.02d", upper ? 'E' : 'e', exp);
    }
    *p = '\0';
    free(digits);
    return out;
}
