/*
 * print.c — print() and the runtime's buffered stdout.
 *
 * Source followed: CPython 3.12 Python/bltinmodule.c (builtin_print_impl):
 * sep/end must be None or str; str() of each argument.
 */
#include "molt/molt.h"

enum { OUT_CAP = 8192 };
static char out_buf[OUT_CAP];
static size_t out_len;

void molt_stdout_flush(void) {
    if (out_len) molt_platform_write(1, out_buf, out_len);
    out_len = 0;
}

void molt_stdout_write(const char *s, size_t n) {
    if (out_len + n > OUT_CAP) {
        molt_stdout_flush();
        if (n > OUT_CAP) {
            molt_platform_write(1, s, n);
            return;
        }
    }
    memcpy(out_buf + out_len, s, n);
    out_len += n;
}

void molt_stderr_write(const char *s, size_t n) {
    molt_stdout_flush();
    molt_platform_write(2, s, n);
}

static int check_sep_end(MoltValue v, const char *what) {
    if (v == MOLT_NONE || molt_is_str(v)) return 0;
    molt_err_format(&MoltExc_TypeError, "%s must be None or a string, not %s", what, molt_type_of(v)->tp_name);
    return -1;
}

/* Write a str as UTF-8, or raise UnicodeEncodeError for a lone surrogate as
 * CPython's strict utf-8 encoder does (Objects/unicodeobject.c,
 * unicode_encode_utf8 + UnicodeEncodeError.__str__: a run of surrogates is
 * reported as one position range). Nothing is written on error. */
static int write_str(MoltValue s) {
    if (molt_str_find_surrogate(s) < 0) {
        molt_stdout_write(molt_str_data(s), (size_t)molt_str_size(s));
        return 0;
    }
    const unsigned char *p = (const unsigned char *)molt_str_data(s), *e = p + molt_str_size(s);
    int64_t i = 0, start = -1, stop = -1;
    uint32_t first = 0;
    for (; p < e; i++) {
        bool sur = p[0] == 0xED && p[1] >= 0xA0;
        if (sur && start < 0) {
            start = i;
            first = ((uint32_t)(p[0] & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3Fu);
        }
        if (!sur && start >= 0) break;
        stop = i + 1;
        p += p[0] < 0x80 ? 1 : p[0] < 0xE0 ? 2 : p[0] < 0xF0 ? 3 : 4;
    }
    if (stop - start == 1)
        molt_err_format(&MoltExc_UnicodeEncodeError,
                        "'utf-8' codec can't encode character '\\u%04x' in position %lld: surrogates not allowed",
                        (unsigned)first, (long long)start);
    else
        molt_err_format(&MoltExc_UnicodeEncodeError,
                        "'utf-8' codec can't encode characters in position %lld-%lld: surrogates not allowed",
                        (long long)start, (long long)(stop - 1));
    return -1;
}

int molt_print(const MoltValue *args, size_t nargs, MoltValue sep, MoltValue end) {
    if (check_sep_end(sep, "sep") < 0 || check_sep_end(end, "end") < 0) return -1;
    for (size_t i = 0; i < nargs; i++) {
        if (i > 0) {
            if (sep == MOLT_NONE) molt_stdout_write(" ", 1);
            else if (write_str(sep) < 0) return -1;
        }
        MoltValue s = molt_str(args[i]);
        if (s == MOLT_ERROR) return -1;
        int r = write_str(s);
        molt_decref(s);
        if (r < 0) return -1;
    }
    if (end == MOLT_NONE) molt_stdout_write("\n", 1);
    else if (write_str(end) < 0) return -1;
    return 0;
}
