/*
 * str_printf.c — printf-style formatting: `fmt % value`, `fmt % tuple`,
 * `fmt % mapping` (Python Library Reference, "printf-style String Formatting").
 *
 * Conversions d i u o x X e E f F g G c r s a and %%; flags - + space # 0;
 * width and precision as digits or `*`; the ignored length modifiers h l L;
 * `%(key)s` mapping keys with balanced parentheses. Positions in messages are
 * code point indices of the format string.
 *
 * Source followed: CPython 3.11 Objects/unicodeobject.c (PyUnicode_Format,
 * unicode_format_getnextarg, unicode_format_arg_parse, unicode_format_arg_format,
 * unicode_format_arg_output, mainformatlong, _PyUnicode_FormatLong, formatfloat,
 * formatchar) with 3.11's error messages ("not enough arguments for format
 * string", "%d format: a real number is required, not str", ...). The digits
 * come from the format() engine (molt_format for ints, molt_double_to_string
 * for floats), not from a second copy.
 */
#include "molt/molt.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define F_LJUST 0x01
#define F_SIGN 0x02
#define F_BLANK 0x04
#define F_ALT 0x08
#define F_ZERO 0x10

typedef struct Formatter {
    const uint32_t *fmt; /* the format string's code points */
    int64_t fmtlen, fmtcnt, fmtpos;
    MoltValue args;      /* borrowed, or owned when args_owned */
    bool args_owned;
    int64_t arglen, argidx; /* a tuple: its size and 0; else -1 and -2 (CPython's encoding) */
    MoltValue dict;      /* the mapping (borrowed) or 0 */
    MoltStrBuf out;
} Formatter;

typedef struct FormatArg {
    uint32_t ch;
    int flags;
    int64_t width; /* -1: not given */
    int64_t prec;  /* -1: not given */
    bool sign;     /* a numeric conversion: sign and '0' fill apply */
} FormatArg;

/* The code point at fmtpos, or 0 past the end (CPython reads the terminating NUL). */
static uint32_t fmt_read(const Formatter *ctx) {
    return ctx->fmtpos < ctx->fmtlen ? ctx->fmt[ctx->fmtpos] : 0;
}

static MoltValue next_arg(Formatter *ctx) {
    if (ctx->argidx < ctx->arglen) {
        int64_t i = ctx->argidx++;
        return ctx->arglen < 0 ? ctx->args : molt_tuple_get(ctx->args, i);
    }
    molt_err_set(&MoltExc_TypeError, "not enough arguments for format string");
    return MOLT_ERROR;
}

/* PyMapping_Check: the type has mp_subscript (a class: defines __getitem__). */
static bool is_mapping(MoltValue v) {
    MoltType *t = molt_type_of(v);
    if (!t->tp_as_mapping || !t->tp_as_mapping->mp_subscript) return false;
    if (t->tp_flags & MOLT_TPFLAG_HEAPTYPE) return molt_type_lookup(t, molt_dunder("__getitem__")) != MOLT_ERROR;
    return true;
}

/* ---- parsing: unicode_format_arg_parse ------------------------------------ */

/* "* wants int", then the int as int64 (OverflowError past `limit`, with CPython's C type name). */
static int star_arg(Formatter *ctx, int64_t limit, const char *ctype, int64_t *out) {
    MoltValue v = next_arg(ctx);
    if (v == MOLT_ERROR) return -1;
    if (!molt_is_intlike(v)) {
        molt_err_set(&MoltExc_TypeError, "* wants int");
        return -1;
    }
    int64_t x;
    if (molt_int_as_i64(v, &x) < 0 || x > limit || x < -limit - 1) {
        molt_err_clear();
        molt_err_format(&MoltExc_OverflowError, "Python int too large to convert to C %s", ctype);
        return -1;
    }
    *out = x;
    return 0;
}

static void advance(Formatter *ctx, FormatArg *arg) {
    if (--ctx->fmtcnt >= 0) {
        arg->ch = fmt_read(ctx);
        ctx->fmtpos++;
    }
}

/* Digits after the first one (already in arg->ch); the loop stops on the first non-digit. */
static int parse_digits(Formatter *ctx, FormatArg *arg, int64_t limit, const char *too_big, int64_t *out) {
    int64_t acc = arg->ch - '0';
    while (--ctx->fmtcnt >= 0) {
        arg->ch = fmt_read(ctx);
        ctx->fmtpos++;
        if (arg->ch < '0' || arg->ch > '9') break;
        if (acc > (limit - (int64_t)(arg->ch - '0')) / 10) {
            molt_err_set(&MoltExc_ValueError, too_big);
            return -1;
        }
        acc = acc * 10 + (arg->ch - '0');
    }
    *out = acc;
    return 0;
}

static int parse_arg(Formatter *ctx, FormatArg *arg) {
    if (arg->ch == '(') {
        if (!ctx->dict) {
            molt_err_set(&MoltExc_TypeError, "format requires a mapping");
            return -1;
        }
        ++ctx->fmtpos;
        --ctx->fmtcnt;
        int64_t keystart = ctx->fmtpos;
        int pcount = 1;
        while (pcount > 0 && --ctx->fmtcnt >= 0) {
            arg->ch = fmt_read(ctx);
            if (arg->ch == ')') --pcount;
            else if (arg->ch == '(') ++pcount;
            ctx->fmtpos++;
        }
        int64_t keylen = ctx->fmtpos - keystart - 1;
        if (ctx->fmtcnt < 0 || pcount > 0) {
            molt_err_set(&MoltExc_ValueError, "incomplete format key");
            return -1;
        }
        MoltStrBuf kb;
        molt_strbuf_init(&kb);
        for (int64_t i = 0; i < keylen; i++) molt_strbuf_append_cp(&kb, ctx->fmt[keystart + i]);
        MoltValue key = molt_strbuf_finish(&kb);
        if (key == MOLT_ERROR) return -1;
        MoltValue v = molt_getitem(ctx->dict, key);
        molt_decref(key);
        if (v == MOLT_ERROR) return -1;
        if (ctx->args_owned) molt_decref(ctx->args);
        ctx->args = v;
        ctx->args_owned = true;
        ctx->arglen = -1;
        ctx->argidx = -2;
    }
    while (--ctx->fmtcnt >= 0) {
        arg->ch = fmt_read(ctx);
        ctx->fmtpos++;
        switch (arg->ch) {
        case '-': arg->flags |= F_LJUST; continue;
        case '+': arg->flags |= F_SIGN; continue;
        case ' ': arg->flags |= F_BLANK; continue;
        case '#': arg->flags |= F_ALT; continue;
        case '0': arg->flags |= F_ZERO; continue;
        default: break;
        }
        break;
    }
    if (arg->ch == '*') {
        if (star_arg(ctx, INT64_MAX, "ssize_t", &arg->width) < 0) return -1;
        if (arg->width < 0) {
            arg->flags |= F_LJUST;
            arg->width = arg->width == INT64_MIN ? INT64_MAX : -arg->width;
        }
        advance(ctx, arg);
    } else if (arg->ch >= '0' && arg->ch <= '9') {
        if (parse_digits(ctx, arg, INT64_MAX, "width too big", &arg->width) < 0) return -1;
    }
    if (arg->ch == '.') {
        arg->prec = 0;
        advance(ctx, arg);
        if (arg->ch == '*') {
            if (star_arg(ctx, INT32_MAX, "int", &arg->prec) < 0) return -1;
            if (arg->prec < 0) arg->prec = 0;
            advance(ctx, arg);
        } else if (arg->ch >= '0' && arg->ch <= '9') {
            if (parse_digits(ctx, arg, INT32_MAX, "precision too big", &arg->prec) < 0) return -1;
        }
    }
    if (ctx->fmtcnt >= 0 && (arg->ch == 'h' || arg->ch == 'l' || arg->ch == 'L')) advance(ctx, arg);
    if (ctx->fmtcnt < 0) {
        molt_err_set(&MoltExc_ValueError, "incomplete format");
        return -1;
    }
    return 0;
}

/* ---- conversions: unicode_format_arg_format -------------------------------- */

/* _PyUnicode_FormatLong: "-"? ("0x" | "0X" | "0o")? digits, at least prec digits. */
static MoltValue format_long(MoltValue iobj, bool alt, int64_t prec, uint32_t type) {
    if (prec > INT32_MAX - 3) {
        molt_err_set(&MoltExc_OverflowError, "precision too large");
        return MOLT_ERROR;
    }
    const char *spec = type == 'o' ? "o" : (type == 'x' || type == 'X') ? "x" : "d";
    MoltValue text = molt_format_cstr(iobj, spec);
    if (text == MOLT_ERROR) return MOLT_ERROR;
    const char *d = molt_str_data(text);
    bool neg = *d == '-';
    if (neg) d++;
    int64_t ndigits = (int64_t)strlen(d);
    MoltStrBuf b;
    molt_strbuf_init(&b);
    if (neg) molt_strbuf_append_char(&b, '-');
    if (alt && type != 'd' && type != 'i' && type != 'u') {
        molt_strbuf_append_char(&b, '0');
        molt_strbuf_append_char(&b, type == 'o' ? 'o' : 'x');
    }
    for (int64_t i = ndigits; i < prec; i++) molt_strbuf_append_char(&b, '0');
    molt_strbuf_append(&b, d, (size_t)ndigits);
    molt_decref(text);
    if (type == 'X' && !b.failed)
        for (size_t i = 0; i < b.len; i++)
            if (b.data[i] >= 'a' && b.data[i] <= 'x') b.data[i] = (char)(b.data[i] - ('a' - 'A'));
    return molt_strbuf_finish(&b);
}

/* mainformatlong: ints as they are, floats truncated (not for o/x/X), else TypeError. */
static MoltValue format_int_arg(MoltValue v, const FormatArg *arg) {
    uint32_t type = arg->ch;
    if (molt_is_intlike(v)) return format_long(v, arg->flags & F_ALT, arg->prec, type);
    if (molt_is_double(v) && type != 'o' && type != 'x' && type != 'X') {
        MoltValue iobj = molt_int_from_double(molt_as_double(v));
        if (iobj == MOLT_ERROR) return MOLT_ERROR;
        MoltValue r = format_long(iobj, arg->flags & F_ALT, arg->prec, type);
        molt_decref(iobj);
        return r;
    }
    /* a class: __index__ for o/x/X, else __int__ then __index__ (PyNumber_Long) */
    MoltValue iobj = MOLT_NOTIMPLEMENTED;
    if (type != 'o' && type != 'x' && type != 'X') iobj = molt_class_number(v, "__int__");
    if (iobj == MOLT_NOTIMPLEMENTED) iobj = molt_class_number(v, "__index__");
    if (iobj == MOLT_ERROR && !molt_err_matches(&MoltExc_TypeError)) return iobj;
    if (iobj == MOLT_ERROR) molt_err_clear(); /* a TypeError becomes the wrong-type message */
    else if (iobj != MOLT_NOTIMPLEMENTED) {
        MoltValue r = format_long(iobj, arg->flags & F_ALT, arg->prec, type);
        molt_decref(iobj);
        return r;
    }
    if (type == 'o' || type == 'x' || type == 'X')
        molt_err_format(&MoltExc_TypeError, "%%%c format: an integer is required, not %.200s", (char)type,
                        molt_type_of(v)->tp_name);
    else
        molt_err_format(&MoltExc_TypeError, "%%%c format: a real number is required, not %.200s", (char)type,
                        molt_type_of(v)->tp_name);
    return MOLT_ERROR;
}

/* formatfloat: PyFloat_AsDouble, then PyOS_double_to_string (precision 6 by default). */
static MoltValue format_float_arg(MoltValue v, const FormatArg *arg) {
    double x;
    int ok = molt_number_as_double(v, &x);
    if (ok < 0) return MOLT_ERROR;
    if (ok == 0) { /* a class: __float__, else __index__ (PyFloat_AsDouble) */
        MoltValue f = molt_class_number(v, "__float__");
        if (f == MOLT_NOTIMPLEMENTED) f = molt_class_number(v, "__index__");
        if (f == MOLT_ERROR) return f;
        if (f != MOLT_NOTIMPLEMENTED) {
            ok = molt_number_as_double(f, &x);
            molt_decref(f);
            if (ok < 0) return MOLT_ERROR;
        }
    }
    if (ok == 0) {
        molt_err_format(&MoltExc_TypeError, "must be real number, not %.200s", molt_type_of(v)->tp_name);
        return MOLT_ERROR;
    }
    int prec = arg->prec < 0 ? 6 : (int)arg->prec;
    char *p = molt_double_to_string(x, (char)arg->ch, prec, (arg->flags & F_ALT) ? MOLT_DTSF_ALT : 0);
    if (!p) return MOLT_ERROR;
    MoltValue r = molt_str_from_cstr(p);
    free(p);
    return r;
}

/* formatchar: a str of length 1, or an int in range(0x110000). */
static MoltValue format_char_arg(MoltValue v) {
    if (molt_is_str(v)) {
        if (molt_str_length(v) == 1) return molt_incref(v);
    } else if (molt_is_intlike(v)) {
        int64_t x;
        if (molt_int_as_i64(v, &x) < 0) {
            molt_err_clear();
            x = -1;
        }
        if (x < 0 || x > 0x10FFFF) {
            molt_err_set(&MoltExc_OverflowError, "%c arg not in range(0x110000)");
            return MOLT_ERROR;
        }
        MoltStrBuf b;
        molt_strbuf_init(&b);
        molt_strbuf_append_cp(&b, (uint32_t)x);
        return molt_strbuf_finish(&b);
    }
    molt_err_set(&MoltExc_TypeError, "%c requires int or char");
    return MOLT_ERROR;
}

static MoltValue format_arg(Formatter *ctx, FormatArg *arg) {
    MoltValue v = next_arg(ctx);
    if (v == MOLT_ERROR) return MOLT_ERROR;
    switch (arg->ch) {
    case 's':
        return molt_str(v);
    case 'r':
        return molt_repr(v);
    case 'a':
        return molt_ascii(v);
    case 'i': case 'd': case 'u': case 'o': case 'x': case 'X':
        arg->sign = true;
        return format_int_arg(v, arg);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        arg->sign = true;
        return format_float_arg(v, arg);
    case 'c':
        return format_char_arg(v);
    default: {
        uint32_t c = arg->ch;
        molt_err_format(&MoltExc_ValueError, "unsupported format character '%c' (0x%x) at index %lld",
                        (c >= 31 && c <= 126) ? (char)c : '?', (unsigned)c, (long long)(ctx->fmtpos - 1));
        return MOLT_ERROR;
    }
    }
}

/* ---- output: unicode_format_arg_output ---------------------------------------- */

/* Byte length of the first n code points of UTF-8 text p. */
static size_t utf8_prefix(const char *p, int64_t n) {
    const unsigned char *s = (const unsigned char *)p;
    size_t i = 0;
    for (int64_t k = 0; k < n; k++) {
        unsigned char c = s[i];
        i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    }
    return i;
}

static void append_fill(MoltStrBuf *b, char c, int64_t n) {
    for (int64_t i = 0; i < n; i++) molt_strbuf_append_char(b, c);
}

/* false: out of memory (a huge width). */
static bool output_arg(Formatter *ctx, FormatArg *arg, MoltValue str) {
    MoltStrBuf *w = &ctx->out;
    char fill = (arg->sign && (arg->flags & F_ZERO)) ? '0' : ' ';
    const char *p = molt_str_data(str);
    int64_t len = molt_str_length(str);
    if ((arg->width == -1 || arg->width <= len) && (arg->prec == -1 || arg->prec >= len) &&
        !(arg->flags & (F_SIGN | F_BLANK))) {
        molt_strbuf_append(w, p, (size_t)molt_str_size(str));
        return !w->failed;
    }
    if ((arg->ch == 's' || arg->ch == 'r' || arg->ch == 'a') && arg->prec >= 0 && len > arg->prec) len = arg->prec;
    char signchar = 0;
    if (arg->sign) {
        if (p[0] == '-' || p[0] == '+') {
            signchar = p[0];
            len--;
            p++;
        } else if (arg->flags & F_SIGN) {
            signchar = '+';
        } else if (arg->flags & F_BLANK) {
            signchar = ' ';
        } else {
            arg->sign = false;
        }
    }
    int64_t width = arg->width < len ? len : arg->width;
    if (!molt_strbuf_reserve(w, (uint64_t)width + 1)) return false;
    bool prefix = (arg->flags & F_ALT) && (arg->ch == 'x' || arg->ch == 'X' || arg->ch == 'o');
    if (arg->sign) {
        if (fill != ' ') molt_strbuf_append_char(w, signchar);
        if (width > len) width--;
    }
    if (prefix) {
        if (fill != ' ') {
            molt_strbuf_append(w, p, 2);
            p += 2;
        }
        width -= 2;
        if (width < 0) width = 0;
        len -= 2;
    }
    if (width > len && !(arg->flags & F_LJUST)) {
        append_fill(w, fill, width - len);
        width = len;
    }
    if (fill == ' ') {
        if (arg->sign) molt_strbuf_append_char(w, signchar);
        if (prefix) {
            molt_strbuf_append(w, p, 2);
            p += 2;
        }
    }
    if (len > 0) molt_strbuf_append(w, p, utf8_prefix(p, len));
    if (width > len) append_fill(w, ' ', width - len);
    return !w->failed;
}

/* One conversion after a '%' (fmtpos is past it): unicode_format_arg. */
static int format_one(Formatter *ctx) {
    FormatArg arg = {.ch = fmt_read(ctx), .flags = 0, .width = -1, .prec = -1, .sign = false};
    if (arg.ch == '%') {
        ctx->fmtpos++;
        ctx->fmtcnt--;
        molt_strbuf_append_char(&ctx->out, '%');
        return 0;
    }
    if (parse_arg(ctx, &arg) < 0) return -1;
    MoltValue str = format_arg(ctx, &arg);
    if (str == MOLT_ERROR) return -1;
    bool ok = output_arg(ctx, &arg, str);
    molt_decref(str);
    if (!ok) {
        molt_err_nomemory();
        return -1;
    }
    return 0;
}

MoltValue molt_str_printf(MoltValue format, MoltValue args) {
    int64_t n = molt_str_length(format);
    uint32_t *cps = malloc(((size_t)n + 1) * sizeof(uint32_t));
    if (!cps) return molt_err_nomemory();
    const unsigned char *s = (const unsigned char *)molt_str_data(format);
    for (int64_t i = 0; i < n; i++) {
        uint32_t c = *s++;
        int extra = c < 0x80 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
        if (extra) c &= extra == 1 ? 0x1F : extra == 2 ? 0x0F : 0x07;
        while (extra--) c = (c << 6) | (*s++ & 0x3F);
        cps[i] = c;
    }
    cps[n] = 0;
    Formatter ctx = {.fmt = cps, .fmtlen = n, .fmtcnt = n, .fmtpos = 0, .args = args, .args_owned = false};
    bool tuple = molt_is_tuple(args);
    ctx.arglen = tuple ? molt_tuple_size(args) : -1;
    ctx.argidx = tuple ? 0 : -2;
    ctx.dict = (!tuple && !molt_is_str(args) && is_mapping(args)) ? args : 0;
    molt_strbuf_init(&ctx.out);
    int rc = 0;
    while (--ctx.fmtcnt >= 0) {
        if (cps[ctx.fmtpos] != '%') {
            int64_t start = ctx.fmtpos++;
            while (ctx.fmtcnt >= 0 && cps[ctx.fmtpos] != '%') {
                ctx.fmtpos++;
                ctx.fmtcnt--;
            }
            if (ctx.fmtcnt < 0) ctx.fmtpos--;
            for (int64_t i = start; i < ctx.fmtpos; i++) molt_strbuf_append_cp(&ctx.out, cps[i]);
        } else {
            ctx.fmtpos++;
            if ((rc = format_one(&ctx)) < 0) break;
        }
    }
    if (rc == 0 && ctx.argidx < ctx.arglen && !ctx.dict) {
        molt_err_set(&MoltExc_TypeError, "not all arguments converted during string formatting");
        rc = -1;
    }
    if (ctx.args_owned) molt_decref(ctx.args);
    free(cps);
    if (rc < 0) {
        molt_strbuf_release(&ctx.out);
        return MOLT_ERROR;
    }
    return molt_strbuf_finish(&ctx.out);
}
