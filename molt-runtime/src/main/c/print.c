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

int molt_print(const MoltValue *args, size_t nargs, MoltValue sep, MoltValue end) {
    if (check_sep_end(sep, "sep") < 0 || check_sep_end(end, "end") < 0) return -1;
    for (size_t i = 0; i < nargs; i++) {
        if (i > 0) {
            if (sep == MOLT_NONE) molt_stdout_write(" ", 1);
            else molt_stdout_write(molt_str_data(sep), (size_t)molt_str_size(sep));
        }
        MoltValue s = molt_str(args[i]);
        if (s == MOLT_ERROR) return -1;
        molt_stdout_write(molt_str_data(s), (size_t)molt_str_size(s));
        molt_decref(s);
    }
    if (end == MOLT_NONE) molt_stdout_write("\n", 1);
    else molt_stdout_write(molt_str_data(end), (size_t)molt_str_size(end));
    return 0;
}
