/*
 * str_format.c — str.format(*args, **kwargs): replacement fields
 * {field_name!conversion:format_spec} with positional (auto-numbered or
 * indexed) and keyword arguments, `.attr` and `[key]` lookups, !r/!s/!a,
 * nested fields inside the spec (one level), `{{`/`}}` escapes; each value is
 * formatted with molt_format (the format-spec engine).
 *
 * Source followed: CPython 3.12 Objects/stringlib/unicode_format.h
 * (MarkupIterator_next, parse_field, get_field_object, FieldNameIterator and
 * their error messages), Objects/unicodeobject.c (ascii()).
 */
#include "molt/molt.h"
#include "molt/fmt.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct FormatArgs {
    const MoltValue *args;
    size_t nargs;
    MoltValue kwnames; /* tuple or 0 */
    int auto_number;   /* -1 unknown, 0 manual, 1 automatic */
    MoltValue mapping; /* format_map's mapping (borrowed; keyword fields are mapping[key]) or 0 */
    int64_t next_index;
} FormatArgs;

static MoltValue fmt_error(MoltType *t, const char *msg) {
    molt_err_set(t, msg);
    return MOLT_ERROR;
}

/* ascii(v): repr with every non-ASCII code point escaped. */
MoltValue molt_ascii(MoltValue v) {
    MoltValue r = molt_repr(v);
    if (r == MOLT_ERROR) return r;
    const unsigned char *p = (const unsigned char *)molt_str_data(r), *end = p + molt_str_size(r);
    MoltStrBuf b;
    molt_strbuf_init(&b);
    while (p < end) {
        uint32_t c = *p;
        int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        if (n == 1) {
            molt_strbuf_append_char(&b, (char)c);
            p++;
            continue;
        }
        c = n == 2 ? (c & 31) : n == 3 ? (c & 15) : (c & 7);
        for (int i = 1; i < n; i++) c = c << 6 | (p[i] & 63);
        p += n;
        char buf[16];
        if (c < 0x100) molt_snprintf(buf, sizeof buf, "\\x%02x", c);
        else if (c < 0x10000) molt_snprintf(buf, sizeof buf, "\\u%04x", c);
        else molt_snprintf(buf, sizeof buf, "\\U%08x", c);
        molt_strbuf_append_cstr(&b, buf);
    }
    molt_decref(r);
    return molt_strbuf_finish(&b);
}

static bool all_digits(const char *s, size_t n) {
    if (n == 0) return false;
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9') return false;
    return true;
}

static int64_t parse_index(const char *s, size_t n) {
    int64_t v = 0;
    for (size_t i = 0; i < n; i++) {
        if (v > (INT64_MAX - 9) / 10) return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

/* get_field_object + FieldNameIterator: the object named by field[0..n). */
static MoltValue get_field(FormatArgs *fa, const char *field, size_t n) {
    size_t first = 0;
    while (first < n && field[first] != '.' && field[first] != '[') first++;
    MoltValue obj;
    if (first == 0 || all_digits(field, first)) {
        int64_t index;
        if (first == 0) {
            if (fa->auto_number == 0)
                return fmt_error(&MoltExc_ValueError,
                                 "cannot switch from manual field specification to automatic field numbering");
            fa->auto_number = 1;
            index = fa->next_index++;
        } else {
            if (fa->auto_number == 1)
                return fmt_error(&MoltExc_ValueError,
                                 "cannot switch from automatic field numbering to manual field specification");
            fa->auto_number = 0;
            index = parse_index(field, first);
            if (index < 0) return fmt_error(&MoltExc_ValueError, "Too many decimal digits in format string");
        }
        if (fa->mapping) return fmt_error(&MoltExc_ValueError, "Format string contains positional fields");
        if ((size_t)index >= fa->nargs) {
            molt_err_format(&MoltExc_IndexError, "Replacement index %lld out of range for positional args tuple",
                            (long long)index);
            return MOLT_ERROR;
        }
        obj = molt_incref(fa->args[index]);
    } else {
        MoltValue key = molt_str_from_utf8(field, first);
        if (key == MOLT_ERROR) return key;
        if (fa->mapping) {
            obj = molt_getitem(fa->mapping, key);
            molt_decref(key);
            if (obj == MOLT_ERROR) return MOLT_ERROR;
            goto lookups;
        }
        int64_t nk = fa->kwnames ? molt_tuple_size(fa->kwnames) : 0, i;
        for (i = 0; i < nk; i++)
            if (molt_richcompare_bool(molt_tuple_get(fa->kwnames, i), key, MOLT_EQ) == 1) break;
        if (i == nk) {
            molt_err_set_object(&MoltExc_KeyError, key);
            molt_decref(key);
            return MOLT_ERROR;
        }
        molt_decref(key);
        obj = molt_incref(fa->args[fa->nargs + (size_t)i]);
    }
lookups:;
    size_t i = first;
    while (i < n) {
        char c = field[i++];
        size_t start = i;
        if (c == '.') {
            while (i < n && field[i] != '.' && field[i] != '[') i++;
            if (i == start) {
                molt_decref(obj);
                return fmt_error(&MoltExc_ValueError, "Empty attribute in format string");
            }
            MoltValue name = molt_str_from_utf8(field + start, i - start);
            MoltValue next = name == MOLT_ERROR ? MOLT_ERROR : molt_getattr(obj, name);
            molt_xdecref(name);
            molt_decref(obj);
            if (next == MOLT_ERROR) return next;
            obj = next;
        } else if (c == '[') {
            while (i < n && field[i] != ']') i++;
            if (i == n) {
                molt_decref(obj);
                return fmt_error(&MoltExc_ValueError, "Missing ']' in format string");
            }
            if (i == start) {
                molt_decref(obj);
                return fmt_error(&MoltExc_ValueError, "Empty attribute in format string");
            }
            MoltValue key = all_digits(field + start, i - start)
                                ? molt_int_from_i64(parse_index(field + start, i - start))
                                : molt_str_from_utf8(field + start, i - start);
            i++; /* ']' */
            MoltValue next = key == MOLT_ERROR ? MOLT_ERROR : molt_getitem(obj, key);
            molt_xdecref(key);
            molt_decref(obj);
            if (next == MOLT_ERROR) return next;
            obj = next;
            if (i < n && field[i] != '.' && field[i] != '[') {
                molt_decref(obj);
                return fmt_error(&MoltExc_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
            }
        } else {
            molt_decref(obj);
            return fmt_error(&MoltExc_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        }
    }
    return obj;
}

static int format_into(MoltStrBuf *out, const char *s, size_t n, FormatArgs *fa, int depth);

/* One replacement field (the text between the braces). */
static int render_field(MoltStrBuf *out, const char *f, size_t n, FormatArgs *fa, int depth) {
    /* field name ends at '!' or ':' outside brackets */
    size_t i = 0;
    int bracket = 0;
    while (i < n) {
        if (f[i] == '[') bracket = 1;
        else if (f[i] == ']') bracket = 0;
        else if (!bracket && (f[i] == '!' || f[i] == ':')) break;
        i++;
    }
    size_t name_end = i;
    char conv = 0;
    if (i < n && f[i] == '!') {
        if (i + 1 >= n) {
            molt_err_set(&MoltExc_ValueError, "end of string while looking for conversion specifier");
            return -1;
        }
        conv = f[i + 1];
        i += 2;
        if (i < n && f[i] != ':') {
            molt_err_set(&MoltExc_ValueError, "expected ':' after conversion specifier");
            return -1;
        }
    }
    const char *spec = i < n ? f + i + 1 : f + n;
    size_t spec_n = i < n ? n - i - 1 : 0;
    MoltValue obj = get_field(fa, f, name_end);
    if (obj == MOLT_ERROR) return -1;
    if (conv) {
        MoltValue c;
        if (conv == 'r') c = molt_repr(obj);
        else if (conv == 's') c = molt_str(obj);
        else if (conv == 'a') c = molt_ascii(obj);
        else {
            molt_decref(obj);
            molt_err_format(&MoltExc_ValueError, "Unknown conversion specifier %c", conv);
            return -1;
        }
        molt_decref(obj);
        if (c == MOLT_ERROR) return -1;
        obj = c;
    }
    /* the spec may itself contain replacement fields */
    MoltStrBuf sb;
    molt_strbuf_init(&sb);
    if (!memchr(spec, '{', spec_n)) molt_strbuf_append(&sb, spec, spec_n); /* no expansion needed */
    else if (format_into(&sb, spec, spec_n, fa, depth - 1) < 0) {
        molt_strbuf_release(&sb);
        molt_decref(obj);
        return -1;
    }
    MoltValue spec_str = molt_strbuf_finish(&sb);
    if (spec_str == MOLT_ERROR) {
        molt_decref(obj);
        return -1;
    }
    MoltValue r = molt_format(obj, spec_str);
    molt_decref(spec_str);
    molt_decref(obj);
    if (r == MOLT_ERROR) return -1;
    molt_strbuf_append_str(out, r);
    molt_decref(r);
    return 0;
}

static int format_into(MoltStrBuf *out, const char *s, size_t n, FormatArgs *fa, int depth) {
    if (depth <= 0) {
        molt_err_set(&MoltExc_ValueError, "Max string recursion exceeded");
        return -1;
    }
    size_t i = 0;
    while (i < n) {
        char c = s[i];
        if (c == '}') {
            if (i + 1 < n && s[i + 1] == '}') {
                molt_strbuf_append_char(out, '}');
                i += 2;
                continue;
            }
            molt_err_set(&MoltExc_ValueError, "Single '}' encountered in format string");
            return -1;
        }
        if (c != '{') {
            molt_strbuf_append_char(out, c);
            i++;
            continue;
        }
        if (i + 1 < n && s[i + 1] == '{') {
            molt_strbuf_append_char(out, '{');
            i += 2;
            continue;
        }
        /* find the matching '}' (nested braces count, as MarkupIterator_next) */
        size_t start = ++i;
        int level = 1;
        int bracket = 0;
        bool hit_spec = false;
        while (i < n) {
            if (s[i] == ':' && level == 1 && !bracket) hit_spec = true;
            if (s[i] == '[') bracket = 1;
            else if (s[i] == ']') bracket = 0;
            else if (s[i] == '{' && !bracket) level++;
            else if (s[i] == '}' && (!bracket || level > 1)) {
                if (--level == 0) break;
            }
            i++;
        }
        if (i >= n) {
            molt_err_set(&MoltExc_ValueError, hit_spec ? "unmatched '{' in format spec"
                                              : start < n ? "expected '}' before end of string"
                                                          : "Single '{' encountered in format string");
            return -1;
        }
        if (render_field(out, s + start, i - start, fa, depth) < 0) return -1;
        i++;
    }
    return 0;
}

static MoltValue format_with(MoltValue fmt, FormatArgs fa) {
    MoltStrBuf b;
    molt_strbuf_init(&b);
    if (format_into(&b, molt_str_data(fmt), (size_t)molt_str_size(fmt), &fa, 2) < 0) {
        molt_strbuf_release(&b);
        return MOLT_ERROR;
    }
    return molt_strbuf_finish(&b);
}

MoltValue molt_str_format(MoltValue fmt, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    return format_with(fmt, (FormatArgs){args, nargs, kwnames, -1, 0, 0});
}

MoltValue molt_str_format_map(MoltValue fmt, MoltValue mapping) {
    return format_with(fmt, (FormatArgs){NULL, 0, 0, -1, mapping, 0});
}
