/*
 * format.c — format(value, spec) for int, bool, float and str: the format
 * specification mini-language.
 *
 * Source followed: CPython 3.11 Python/formatter_unicode.c
 * (parse_internal_render_format_spec, calc_number_widths, fill_number,
 * format_string_internal, format_long_internal, format_float_internal) and
 * Objects/unicodeobject.c (_PyUnicode_InsertThousandsGrouping).
 */
#include "bigint.h"

#include <stdio.h>
#include <stdlib.h>

enum { LT_NONE = 0, LT_DEFAULT, LT_UNDERSCORE, LT_UNDER_FOUR };

typedef struct Spec {
    uint32_t fill, align, sign, type;
    bool alternate, no_neg_0;
    int thousands;
    int64_t width, precision; /* -1: not given */
} Spec;

/* The spec as code points. */
typedef struct SpecText {
    uint32_t *cp;
    size_t n;
    MoltValue str;        /* the spec (borrowed), for messages */
    const char *type_name; /* of the formatted value, for messages */
} SpecText;

static void unknown_presentation_type(uint32_t t, const char *type_name) {
    if (t > 32 && t < 128)
        molt_err_format(&MoltExc_ValueError, "Unknown format code '%c' for object of type '%.200s'", (char)t,
                        type_name);
    else
        molt_err_format(&MoltExc_ValueError, "Unknown format code '\\x%x' for object of type '%.200s'",
                        (unsigned)t, type_name);
}

static void invalid_thousands_separator_type(char sep, uint32_t t) {
    if (t > 32 && t < 128)
        molt_err_format(&MoltExc_ValueError, "Cannot specify '%c' with '%c'.", sep, (char)t);
    else
        molt_err_format(&MoltExc_ValueError, "Cannot specify '%c' with '\\x%x'.", sep, (unsigned)t);
}

static bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }
static bool is_sign(uint32_t c) { return c == ' ' || c == '+' || c == '-'; }

/* get_integer: -1 error, else the number of digits consumed. */
static int get_integer(const SpecText *st, size_t *pos, int64_t *result) {
    int64_t acc = 0;
    int n = 0;
    for (; *pos < st->n; (*pos)++, n++) {
        int d = molt_unicode_decimal(st->cp[*pos]);
        if (d < 0) break;
        if (acc > (INT64_MAX - d) / 10) {
            molt_err_set(&MoltExc_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        acc = acc * 10 + d;
    }
    *result = acc;
    return n;
}

static int parse_spec(const SpecText *st, Spec *f, uint32_t default_type, uint32_t default_align) {
    size_t pos = 0, end = st->n;
    bool align_specified = false, fill_specified = false;
    f->fill = ' ';
    f->align = default_align;
    f->alternate = false;
    f->no_neg_0 = false;
    f->sign = 0;
    f->width = -1;
    f->thousands = LT_NONE;
    f->precision = -1;
    f->type = default_type;
    if (end - pos >= 2 && is_align(st->cp[pos + 1])) {
        f->align = st->cp[pos + 1];
        f->fill = st->cp[pos];
        fill_specified = align_specified = true;
        pos += 2;
    } else if (end - pos >= 1 && is_align(st->cp[pos])) {
        f->align = st->cp[pos];
        align_specified = true;
        pos++;
    }
    if (end - pos >= 1 && is_sign(st->cp[pos])) f->sign = st->cp[pos++];
    if (end - pos >= 1 && st->cp[pos] == 'z') {
        f->no_neg_0 = true;
        pos++;
    }
    if (end - pos >= 1 && st->cp[pos] == '#') {
        f->alternate = true;
        pos++;
    }
    if (!fill_specified && end - pos >= 1 && st->cp[pos] == '0') {
        f->fill = '0';
        if (!align_specified && default_align == '>') f->align = '='; /* not for str (3.10+) */
        pos++;
    }
    int consumed = get_integer(st, &pos, &f->width);
    if (consumed < 0) return -1;
    if (consumed == 0) f->width = -1;
    if (end - pos && st->cp[pos] == ',') {
        f->thousands = LT_DEFAULT;
        pos++;
    }
    if (end - pos && st->cp[pos] == '_') {
        if (f->thousands != LT_NONE) {
            molt_err_set(&MoltExc_ValueError, "Cannot specify both ',' and '_'.");
            return -1;
        }
        f->thousands = LT_UNDERSCORE;
        pos++;
    }
    if (end - pos && st->cp[pos] == ',' && f->thousands == LT_UNDERSCORE) {
        molt_err_set(&MoltExc_ValueError, "Cannot specify both ',' and '_'.");
        return -1;
    }
    if (end - pos && st->cp[pos] == '.') {
        pos++;
        consumed = get_integer(st, &pos, &f->precision);
        if (consumed < 0) return -1;
        if (consumed == 0) {
            molt_err_set(&MoltExc_ValueError, "Format specifier missing precision");
            return -1;
        }
    }
    if (end - pos > 1) {
        molt_err_format(&MoltExc_ValueError, "Invalid format specifier '%s' for object of type '%.200s'",
                        molt_str_data(st->str), st->type_name);
        return -1;
    }
    if (end - pos == 1) f->type = st->cp[pos++];
    if (f->thousands) {
        switch (f->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (f->thousands == LT_UNDERSCORE) {
                f->thousands = LT_UNDER_FOUR;
                break;
            }
            /* fall through */
        default:
            invalid_thousands_separator_type(f->thousands == LT_DEFAULT ? ',' : '_', f->type);
            return -1;
        }
    }
    return 0;
}

static void append_fill(MoltStrBuf *b, uint32_t fill, int64_t n) {
    for (int64_t i = 0; i < n; i++) molt_strbuf_append_cp(b, fill);
}

/* _PyUnicode_InsertThousandsGrouping: digits grouped by `group` (0: none)
 * with `sep`, left-padded with '0' to at least min_width characters.
 * Returns a malloc'ed string. */
static char *group_digits(const char *digits, int64_t n_digits, int64_t min_width, int group, char sep,
                          int64_t *out_len) {
    int64_t cap = n_digits + (group ? n_digits / group : 0) + (min_width > 0 ? 2 * min_width : 0) + 8;
    char *buf = malloc((size_t)cap);
    if (!buf) return NULL;
    int64_t pos = cap, remaining = n_digits, minw = min_width;
    bool use_sep = false;
    for (;;) {
        int64_t l = remaining > minw ? remaining : minw;
        if (l < 1) l = 1;
        if (group && l > group) l = group;
        int64_t zeros = l - remaining > 0 ? l - remaining : 0;
        int64_t chars = remaining < l ? remaining : l;
        if (chars < 0) chars = 0;
        if (use_sep) buf[--pos] = sep;
        pos -= chars;
        memcpy(buf + pos, digits + (remaining - chars), (size_t)chars);
        pos -= zeros;
        memset(buf + pos, '0', (size_t)zeros);
        use_sep = true;
        remaining -= chars;
        minw -= l;
        if (!group || (remaining <= 0 && minw <= 0)) break;
        minw -= 1;
    }
    *out_len = cap - pos;
    memmove(buf, buf + pos, (size_t)*out_len);
    return buf;
}

/* calc_number_widths + fill_number: sign, prefix, digits (grouped), then the
 * remainder (".ddd", exponent, '%' ... copied as is: n_rest bytes holding
 * rest_chars code points), padded per spec. */
static MoltValue layout_number(const Spec *f, char sign_char, const char *prefix, int64_t n_prefix,
                               const char *digits, int64_t n_digits, const char *rest, int64_t n_rest,
                               int64_t rest_chars, bool upper) {
    char sign = 0;
    if (f->sign == '+') sign = sign_char == '-' ? '-' : '+';
    else if (f->sign == ' ') sign = sign_char == '-' ? '-' : ' ';
    else if (sign_char == '-') sign = '-';
    int64_t n_sign = sign ? 1 : 0;
    int64_t n_non_digit = n_sign + n_prefix + rest_chars; /* rest_chars: code points in rest */
    int64_t min_width = (f->fill == '0' && f->align == '=') ? f->width - n_non_digit : 0;
    int group = f->thousands == LT_NONE ? 0 : f->thousands == LT_UNDER_FOUR ? 4 : 3;
    char sep = f->thousands == LT_DEFAULT ? ',' : '_';
    int64_t n_grouped = 0;
    char *grouped = NULL;
    if (n_digits > 0) {
        grouped = group_digits(digits, n_digits, min_width, group, sep, &n_grouped);
        if (!grouped) return molt_err_nomemory();
        if (upper)
            for (int64_t i = 0; i < n_grouped; i++)
                if (grouped[i] >= 'a' && grouped[i] <= 'z') grouped[i] = (char)(grouped[i] - 32);
    }
    int64_t n_padding = f->width - (n_non_digit + n_grouped), lpad = 0, spad = 0, rpad = 0;
    if (n_padding > 0) {
        switch (f->align) {
        case '<': rpad = n_padding; break;
        case '^': lpad = n_padding / 2; rpad = n_padding - lpad; break;
        case '=': spad = n_padding; break;
        default: lpad = n_padding; break;
        }
    }
    MoltStrBuf b;
    molt_strbuf_init(&b);
    append_fill(&b, f->fill, lpad);
    if (sign) molt_strbuf_append_char(&b, sign);
    for (int64_t i = 0; i < n_prefix; i++) {
        char c = prefix[i];
        molt_strbuf_append_char(&b, upper && c >= 'a' && c <= 'z' ? (char)(c - 32) : c);
    }
    append_fill(&b, f->fill, spad);
    if (grouped) molt_strbuf_append(&b, grouped, (size_t)n_grouped);
    free(grouped);
    molt_strbuf_append(&b, rest, (size_t)n_rest);
    append_fill(&b, f->fill, rpad);
    return molt_strbuf_finish(&b);
}

/* ---- str ------------------------------------------------------------------ */

static MoltValue format_str(MoltValue v, const Spec *f) {
    if (f->sign) {
        molt_err_set(&MoltExc_ValueError, f->sign == ' ' ? "Space not allowed in string format specifier"
                                                        : "Sign not allowed in string format specifier");
        return MOLT_ERROR;
    }
    if (f->no_neg_0) {
        molt_err_set(&MoltExc_ValueError, "Negative zero coercion (z) not allowed in string format specifier");
        return MOLT_ERROR;
    }
    if (f->alternate) {
        molt_err_set(&MoltExc_ValueError, "Alternate form (#) not allowed in string format specifier");
        return MOLT_ERROR;
    }
    if (f->align == '=') {
        molt_err_set(&MoltExc_ValueError, "'=' alignment not allowed in string format specifier");
        return MOLT_ERROR;
    }
    int64_t len = molt_str_length(v);
    if ((f->width == -1 || f->width <= len) && (f->precision == -1 || f->precision >= len)) return molt_incref(v);
    if (f->precision >= 0 && len >= f->precision) len = f->precision;
    int64_t total = f->width > len ? f->width : len;
    int64_t lpad = f->align == '>' ? total - len : f->align == '^' ? (total - len) / 2 : 0;
    int64_t rpad = total - len - lpad;
    MoltValue head = molt_str_slice(v, MOLT_NONE, molt_from_smallint(len), MOLT_NONE);
    if (head == MOLT_ERROR) return MOLT_ERROR;
    MoltStrBuf b;
    molt_strbuf_init(&b);
    append_fill(&b, f->fill, lpad);
    molt_strbuf_append_str(&b, head);
    append_fill(&b, f->fill, rpad);
    molt_decref(head);
    return molt_strbuf_finish(&b);
}

/* ---- float ---------------------------------------------------------------- */

static MoltValue format_float(double val, const Spec *f) {
    if (f->precision > INT32_MAX) {
        molt_err_set(&MoltExc_ValueError, "precision too big");
        return MOLT_ERROR;
    }
    int precision = (int)f->precision, default_precision = 6, flags = 0;
    uint32_t type = f->type;
    bool add_pct = false;
    if (f->alternate) flags |= MOLT_DTSF_ALT;
    if (f->no_neg_0) flags |= MOLT_DTSF_NO_NEG_0;
    if (type == 0) {
        flags |= MOLT_DTSF_ADD_DOT_0;
        type = 'r';
        default_precision = 0;
    }
    if (type == 'n') type = 'g';
    if (type == '%') {
        type = 'f';
        val *= 100;
        add_pct = true;
    }
    if (precision < 0) precision = default_precision;
    else if (type == 'r') type = 'g';
    char *buf = molt_double_to_string(val, (char)type, precision, flags);
    if (!buf) return MOLT_ERROR;
    size_t n = strlen(buf);
    char *full = malloc(n + 2);
    if (!full) {
        free(buf);
        return molt_err_nomemory();
    }
    memcpy(full, buf, n);
    free(buf);
    if (add_pct) full[n++] = '%';
    full[n] = '\0';
    const char *p = full;
    char sign_char = 0;
    if (*p == '-') {
        sign_char = '-';
        p++;
    }
    int64_t n_all = (int64_t)(full + n - p), n_digits = 0;
    while (n_digits < n_all && p[n_digits] >= '0' && p[n_digits] <= '9') n_digits++;
    Spec g = *f;
    if (f->type == 'n') g.thousands = LT_NONE; /* the C locale has no grouping */
    MoltValue r = layout_number(&g, sign_char, "", 0, p, n_digits, p + n_digits, n_all - n_digits,
                                n_all - n_digits, false);
    free(full);
    return r;
}

/* ---- int ------------------------------------------------------------------ */

/* The magnitude of v in base 2, 8, 10 or 16 (lowercase); malloc'ed. */
static char *int_digits(MoltValue v, int base, int64_t *len) {
    if (base == 10) {
        MoltValue s = molt_int_str(v);
        if (s == MOLT_ERROR) return NULL;
        const char *d = molt_str_data(s);
        if (*d == '-') d++;
        size_t n = strlen(d);
        char *out = malloc(n + 1);
        if (out) memcpy(out, d, n + 1);
        else molt_err_nomemory();
        molt_decref(s);
        *len = (int64_t)n;
        return out;
    }
    int bits = base == 2 ? 1 : base == 8 ? 3 : 4;
    IntView a;
    int_view(v, &a);
    uint64_t nbits = mag_bit_length(a.d, a.n);
    int64_t ndig = nbits == 0 ? 1 : (int64_t)((nbits + (uint64_t)bits - 1) / (uint64_t)bits);
    char *out = malloc((size_t)ndig + 1);
    if (!out) {
        molt_err_nomemory();
        return NULL;
    }
    for (int64_t i = 0; i < ndig; i++) {
        uint64_t bit = (uint64_t)i * (uint64_t)bits;
        unsigned d = 0;
        for (int k = 0; k < bits; k++) {
            uint64_t bk = bit + (uint64_t)k;
            if (bk / 32 < a.n && ((a.d[bk / 32] >> (bk % 32)) & 1)) d |= 1u << k;
        }
        out[ndig - 1 - i] = "0123456789abcdef"[d];
    }
    out[ndig] = '\0';
    *len = ndig;
    return out;
}

static MoltValue format_int(MoltValue v, const Spec *f) {
    if (f->precision != -1) {
        molt_err_set(&MoltExc_ValueError, "Precision not allowed in integer format specifier");
        return MOLT_ERROR;
    }
    if (f->no_neg_0) {
        molt_err_set(&MoltExc_ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
        return MOLT_ERROR;
    }
    if (f->type == 'c') {
        if (f->sign) {
            molt_err_set(&MoltExc_ValueError, "Sign not allowed with integer format specifier 'c'");
            return MOLT_ERROR;
        }
        if (f->alternate) {
            molt_err_set(&MoltExc_ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
            return MOLT_ERROR;
        }
        int64_t x;
        if (molt_int_as_i64(v, &x) < 0) {
            molt_err_clear();
            molt_err_set(&MoltExc_OverflowError, "Python int too large to convert to C long");
            return MOLT_ERROR;
        }
        if (x < 0 || x > 0x10FFFF) {
            molt_err_set(&MoltExc_OverflowError, "%c arg not in range(0x110000)");
            return MOLT_ERROR;
        }
        MoltStrBuf ch;
        molt_strbuf_init(&ch);
        molt_strbuf_append_cp(&ch, (uint32_t)x);
        if (ch.failed) {
            molt_strbuf_release(&ch);
            return molt_err_nomemory();
        }
        MoltValue r = layout_number(f, 0, "", 0, "", 0, ch.data, (int64_t)ch.len, 1, false);
        molt_strbuf_release(&ch);
        return r;
    }
    int base = 10;
    const char *prefix = "";
    switch (f->type) {
    case 'b': base = 2; prefix = "0b"; break;
    case 'o': base = 8; prefix = "0o"; break;
    case 'x': case 'X': base = 16; prefix = "0x"; break;
    default: break;
    }
    int64_t n;
    char *digits = int_digits(v, base, &n);
    if (!digits) return MOLT_ERROR;
    Spec g = *f;
    if (f->type == 'n') g.thousands = LT_NONE;
    MoltValue r = layout_number(&g, molt_int_sign(v) < 0 ? '-' : 0, prefix, f->alternate && base != 10 ? 2 : 0,
                                digits, n, "", 0, 0, f->type == 'X');
    free(digits);
    return r;
}

/* ---- dispatch -------------------------------------------------------------- */

MoltValue molt_format(MoltValue v, MoltValue spec) {
    if (!molt_is_str(spec)) {
        molt_err_format(&MoltExc_TypeError, "format() argument 2 must be str, not %s",
                        molt_type_of(spec)->tp_name);
        return MOLT_ERROR;
    }
    MoltType *t = molt_type_of(v);
    if (t->tp_flags & MOLT_TPFLAG_HEAPTYPE) { /* a class's own __format__ (PyObject_Format) */
        MoltValue m = molt_type_lookup(t, molt_dunder("__format__"));
        if (m != MOLT_ERROR) {
            MoltValue bound = molt_getattr(v, molt_dunder("__format__"));
            if (bound == MOLT_ERROR) return MOLT_ERROR;
            MoltValue r = molt_call1(bound, spec);
            molt_decref(bound);
            if (r != MOLT_ERROR && !molt_is_str(r)) {
                molt_err_format(&MoltExc_TypeError, "__format__ must return a str, not %.200s",
                                molt_type_of(r)->tp_name);
                molt_decref(r);
                return MOLT_ERROR;
            }
            return r;
        }
    }
    bool is_str = t == &MoltStr_Type, is_int = molt_is_intlike(v), is_float = molt_is_double(v);
    if (molt_str_length(spec) == 0) return molt_str(v);
    if (!is_str && !is_int && !is_float) {
        molt_err_format(&MoltExc_TypeError, "unsupported format string passed to %.200s.__format__", t->tp_name);
        return MOLT_ERROR;
    }
    SpecText st = {NULL, 0, spec, t->tp_name};
    st.cp = malloc((size_t)molt_str_length(spec) * sizeof(uint32_t));
    if (!st.cp) return molt_err_nomemory();
    const unsigned char *p = (const unsigned char *)molt_str_data(spec);
    for (int64_t i = 0; i < molt_str_length(spec); i++) {
        uint32_t c = *p++;
        int extra = c < 0x80 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
        if (extra) c &= extra == 1 ? 0x1F : extra == 2 ? 0x0F : 0x07;
        while (extra--) c = (c << 6) | (*p++ & 0x3F);
        st.cp[st.n++] = c;
    }
    Spec f;
    MoltValue r = MOLT_ERROR;
    if (is_str) {
        if (parse_spec(&st, &f, 's', '<') == 0) {
            if (f.type == 's') r = format_str(v, &f);
            else unknown_presentation_type(f.type, t->tp_name);
        }
    } else if (is_int) {
        if (parse_spec(&st, &f, 'd', '>') == 0) {
            switch (f.type) {
            case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
                r = format_int(v, &f);
                break;
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
                double d;
                if (molt_int_as_double(v, &d) == 0) r = format_float(d, &f);
                break;
            }
            default:
                unknown_presentation_type(f.type, t->tp_name);
            }
        }
    } else if (parse_spec(&st, &f, 0, '>') == 0) {
        switch (f.type) {
        case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
            r = format_float(molt_as_double(v), &f);
            break;
        default:
            unknown_presentation_type(f.type, t->tp_name);
        }
    }
    free(st.cp);
    return r;
}

MoltValue molt_format_cstr(MoltValue v, const char *spec) {
    MoltValue s = molt_str_from_cstr(spec);
    if (s == MOLT_ERROR) return MOLT_ERROR;
    MoltValue r = molt_format(v, s);
    molt_decref(s);
    return r;
}
