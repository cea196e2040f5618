/*
 * floatrepr.c — float <-> text: repr (shortest round-trip), float(str),
 * round(x, n). No printf and no strtod: the C library's cost about 20 KB of
 * wasm code.
 *
 * Digits come from floatdigits.c (exact arithmetic, no printf): the shortest
 * round-trip digits for repr (David Gay's dtoa mode 0, as CPython), the exact
 * expansion for round(); text to double is floatparse.c (exact).
 *
 * Source followed: CPython 3.12 Python/pystrtod.c (format_float_short, 'r'
 * mode: exponent when decpt <= -4 or decpt > 16), Objects/floatobject.c
 * (float_from_string_inner, double_round), Python/pystrtod.c
 * (_Py_string_to_number_with_underscores).
 */
#include "floatdigits.h"

#include "molt/fmt.h"

#include <math.h>
#include <stdlib.h>

/* Shortest digits (no leading or trailing zeros, at most 17) and decpt: x = 0.DIGITS * 10**decpt. */
typedef struct Decimal {
    char digits[24];
    int n;
    int decpt;
} Decimal;

size_t molt_double_repr(double x, char out[32]) {
    if (isnan(x) || isinf(x)) {
        const char *word = isnan(x) ? "nan" : x > 0 ? "inf" : "-inf";
        size_t n = strlen(word);
        memcpy(out, word, n + 1);
        return n;
    }
    size_t len = 0;
    if (signbit(x)) {
        out[len++] = '-';
        x = -x;
    }
    if (x == 0.0) {
        memcpy(out + len, "0.0", 4);
        return len + 3;
    }
    Decimal d;
    d.n = molt_shortest_digits(x, d.digits, &d.decpt);
    int decpt = d.decpt, n = d.n;
    if (decpt <= -4 || decpt > 16) {
        out[len++] = d.digits[0];
        if (n > 1) {
            out[len++] = '.';
            memcpy(out + len, d.digits + 1, (size_t)n - 1);
            len += (size_t)n - 1;
        }
        len += (size_t)molt_snprintf(out + len, 32 - len, "e%c%02d", decpt - 1 < 0 ? '-' : '+', abs(decpt - 1));
    } else if (decpt <= 0) {
        out[len++] = '0';
        out[len++] = '.';
        for (int i = 0; i < -decpt; i++) out[len++] = '0';
        memcpy(out + len, d.digits, (size_t)n);
        len += (size_t)n;
    } else if (decpt >= n) {
        memcpy(out + len, d.digits, (size_t)n);
        len += (size_t)n;
        for (int i = n; i < decpt; i++) out[len++] = '0';
        out[len++] = '.';
        out[len++] = '0';
    } else {
        memcpy(out + len, d.digits, (size_t)decpt);
        len += (size_t)decpt;
        out[len++] = '.';
        memcpy(out + len, d.digits + decpt, (size_t)(n - decpt));
        len += (size_t)(n - decpt);
    }
    out[len] = '\0';
    return len;
}

MoltValue molt_float_repr(MoltValue v) {
    char buf[32];
    size_t n = molt_double_repr(molt_as_double(v), buf);
    return molt_str_from_utf8(buf, n);
}

/* ---- float(str) ----------------------------------------------------------- */

static bool is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
static bool is_digit(char c) { return c >= '0' && c <= '9'; }

static bool ieq(const char *s, size_t n, const char *word) {
    size_t k = strlen(word);
    if (n != k) return false;
    for (size_t i = 0; i < n; i++)
        if ((s[i] | 0x20) != word[i]) return false;
    return true;
}

/* Parses s[0..n) (already stripped) into *out; false on a syntax error. */
static bool parse_float(const char *s, size_t n, double *out) {
    size_t i = 0;
    bool neg = false;
    if (i < n && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
    if (ieq(s + i, n - i, "inf") || ieq(s + i, n - i, "infinity")) {
        *out = neg ? -HUGE_VAL : HUGE_VAL;
        return true;
    }
    if (ieq(s + i, n - i, "nan")) {
        *out = neg ? -NAN : NAN;
        return true;
    }
    /* digits with single underscores between digits */
    char *clean = malloc(n + 1);
    if (!clean) return false;
    size_t m = 0, mant_digits = 0;
    if (neg) clean[m++] = '-';
    int part = 0; /* 0 integer, 1 fraction, 2 exponent */
    bool prev_digit = false, exp_digits = false;
    for (; i < n; i++) {
        char c = s[i];
        if (is_digit(c)) {
            clean[m++] = c;
            prev_digit = true;
            if (part < 2) mant_digits++;
            else exp_digits = true;
        } else if (c == '_') {
            if (!prev_digit || i + 1 >= n || !is_digit(s[i + 1])) goto bad;
            prev_digit = false;
        } else if (c == '.' && part == 0) {
            clean[m++] = c;
            part = 1;
            prev_digit = false;
        } else if ((c == 'e' || c == 'E') && part < 2 && mant_digits > 0) {
            clean[m++] = 'e';
            part = 2;
            prev_digit = false;
            if (i + 1 < n && (s[i + 1] == '+' || s[i + 1] == '-')) clean[m++] = s[++i];
        } else {
            goto bad;
        }
    }
    if (mant_digits == 0 || (part == 2 && !exp_digits)) goto bad;
    clean[m] = '\0';
    *out = molt_parse_decimal(clean);
    free(clean);
    return true;
bad:
    free(clean);
    return false;
}

MoltValue molt_float_from_string(MoltValue str) {
    size_t n, a = 0;
    char *s = molt_str_to_ascii_number(str, &n);
    if (!s) return MOLT_ERROR;
    while (a < n && is_space((unsigned char)s[a])) a++;
    while (n > a && is_space((unsigned char)s[n - 1])) n--;
    double d;
    bool ok = parse_float(s + a, n - a, &d);
    free(s);
    if (ok) return molt_from_double(d);
    MoltValue rep = molt_repr(str);
    if (rep == MOLT_ERROR) return MOLT_ERROR;
    molt_err_format(&MoltExc_ValueError, "could not convert string to float: %s", molt_str_data(rep));
    molt_decref(rep);
    return MOLT_ERROR;
}

/* ---- round ---------------------------------------------------------------- */

#define NDIGITS_MAX 323   /* (DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103 */
#define NDIGITS_MIN (-308) /* -(DBL_MAX_EXP + 1) * 0.30103 */

/* round(x, ndigits) on the exact binary value of x: its full decimal
 * expansion is finite, so we round that half-to-even and read it back. */
static MoltValue double_round(double x, int ndigits) {
    char *text = malloc(MOLT_DIGITS_MAX + 24);
    if (!text) return molt_err_nomemory();
    int t = 0, decpt;
    if (signbit(x)) text[t++] = '-';
    int n = molt_rounded_digits(fabs(x), 3, ndigits, text + t, &decpt);
    /* 0.DIGITS * 10**decpt = DIGITS * 10**(decpt - n) */
    molt_snprintf(text + t + n, 24, "e%d", decpt - n);
    double r = molt_parse_decimal(text);
    free(text);
    if (isinf(r)) {
        molt_err_set(&MoltExc_OverflowError, "rounded value too large to represent");
        return MOLT_ERROR;
    }
    return molt_from_double(r);
}

MoltValue molt_float_round(double x, MoltValue ndigits) {
    if (ndigits == MOLT_NONE) {
        double rounded = round(x);
        if (fabs(x - rounded) == 0.5) rounded = 2.0 * round(x / 2.0);
        return molt_int_from_double(rounded);
    }
    int64_t nd;
    if (!molt_is_intlike(ndigits)) {
        molt_err_format(&MoltExc_TypeError, "'%s' object cannot be interpreted as an integer",
                        molt_type_of(ndigits)->tp_name);
        return MOLT_ERROR;
    }
    if (molt_int_as_i64(ndigits, &nd) < 0) {
        molt_err_clear();
        nd = molt_int_sign(ndigits) < 0 ? INT64_MIN : INT64_MAX;
    }
    if (!isfinite(x) || x == 0.0 || nd > NDIGITS_MAX) return molt_from_double(x);
    if (nd < NDIGITS_MIN) return molt_from_double(0.0 * x);
    return double_round(x, (int)nd);
}
