/*
 * rt_driver.c — test driver for the C runtime. Reads one operation per line
 * from stdin and prints repr(result) or "EXC Type: message" per line; the
 * JUnit tests feed the same lines to src/test/python/rt_oracle.py (CPython)
 * and compare the outputs.
 *
 * Line grammar:  OP ARG*      ARG := i:DECIMAL | f:16HEX (IEEE bits) | s:HEX (UTF-8 bytes)
 *                                   | b:0 | b:1 | n (None) | t:TYPENAME
 * At exit the driver checks that no heap object is left alive (refcount leak
 * check) and exits 3 if one is.
 */
#include "molt/molt.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static MoltType *type_by_name(const char *name) {
#define X(n, b) if (strcmp(name, #n) == 0) return &MoltExc_##n;
    MOLT_FOR_EACH_EXCEPTION(X)
#undef X
    static MoltType *const builtins[] = {&MoltInt_Type, &MoltFloat_Type, &MoltStr_Type, &MoltBool_Type,
                                          &MoltTuple_Type, &MoltBaseObject_Type, &MoltNone_Type, &MoltType_Type};
    for (size_t i = 0; i < sizeof builtins / sizeof builtins[0]; i++)
        if (strcmp(name, builtins[i]->tp_name) == 0) return builtins[i];
    return NULL;
}

static int hexval(char c) { return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; }

static MoltValue parse_arg(const char *a) {
    if (strcmp(a, "n") == 0) return MOLT_NONE;
    if (strncmp(a, "i:", 2) == 0) return molt_int_from_utf8(a + 2, strlen(a + 2), 10);
    if (strncmp(a, "b:", 2) == 0) return molt_from_bool(a[2] == '1');
    if (strncmp(a, "f:", 2) == 0) {
        uint64_t bits = 0; /* not strtoull: wasi-libc's needs compiler-rt's __multi3 */
        for (const char *p = a + 2; *p; p++) bits = bits << 4 | (uint64_t)hexval(*p);
        double d;
        memcpy(&d, &bits, sizeof d);
        return molt_from_double(d);
    }
    if (strncmp(a, "s:", 2) == 0) {
        size_t n = strlen(a + 2) / 2;
        char *buf = malloc(n + 1);
        for (size_t i = 0; i < n; i++) buf[i] = (char)(hexval(a[2 + 2 * i]) * 16 + hexval(a[3 + 2 * i]));
        MoltValue s = molt_str_from_utf8(buf, n);
        free(buf);
        return s;
    }
    if (strncmp(a, "t:", 2) == 0) {
        MoltType *t = type_by_name(a + 2);
        if (t) return molt_from_ptr(t);
    }
    fprintf(stderr, "bad argument: %s\n", a);
    exit(2);
}

static MoltValue cmp(MoltValue a, MoltValue b, int op) { return molt_richcompare(a, b, op); }

static MoltValue run(const char *op, MoltValue *a, int n) {
#define BIN(name, fn) if (strcmp(op, name) == 0 && n == 2) return fn(a[0], a[1]);
#define UN(name, fn) if (strcmp(op, name) == 0 && n == 1) return fn(a[0]);
    BIN("add", molt_add) BIN("sub", molt_sub) BIN("mul", molt_mul) BIN("truediv", molt_truediv)
    BIN("floordiv", molt_floordiv) BIN("mod", molt_mod) BIN("divmod", molt_divmod)
    BIN("lshift", molt_lshift) BIN("rshift", molt_rshift) BIN("and", molt_and) BIN("or", molt_or)
    BIN("xor", molt_xor) UN("neg", molt_neg) UN("pos", molt_pos) UN("invert", molt_invert) UN("abs", molt_abs)
    UN("str", molt_str) UN("repr", molt_repr)
    if (strcmp(op, "pow") == 0) return molt_pow(a[0], a[1], n == 3 ? a[2] : MOLT_NONE);
    if (strcmp(op, "lt") == 0) return cmp(a[0], a[1], MOLT_LT);
    if (strcmp(op, "le") == 0) return cmp(a[0], a[1], MOLT_LE);
    if (strcmp(op, "eq") == 0) return cmp(a[0], a[1], MOLT_EQ);
    if (strcmp(op, "ne") == 0) return cmp(a[0], a[1], MOLT_NE);
    if (strcmp(op, "gt") == 0) return cmp(a[0], a[1], MOLT_GT);
    if (strcmp(op, "ge") == 0) return cmp(a[0], a[1], MOLT_GE);
    if (strcmp(op, "hash") == 0) {
        MoltHash h = molt_hash(a[0]);
        return h == -1 && molt_err_occurred() ? MOLT_ERROR : molt_int_from_i64(h);
    }
    if (strcmp(op, "truth") == 0) {
        int t = molt_is_true(a[0]);
        return t < 0 ? MOLT_ERROR : molt_from_bool(t);
    }
    if (strcmp(op, "len") == 0) {
        int64_t k = molt_len(a[0]);
        return k < 0 ? MOLT_ERROR : molt_int_from_i64(k);
    }
    if (strcmp(op, "getitem") == 0) return molt_getitem(a[0], a[1]);
    if (strcmp(op, "slice") == 0) return molt_str_slice(a[0], a[1], a[2], a[3]);
    if (strcmp(op, "contains") == 0) { /* a[0] in a[1] */
        int k = molt_contains(a[1], a[0]);
        return k < 0 ? MOLT_ERROR : molt_from_bool(k);
    }
    if (strcmp(op, "int_parse") == 0) {
        int64_t base = 10;
        if (n == 2) molt_int_as_i64(a[1], &base);
        return molt_int_from_string(a[0], (int)base);
    }
    if (strcmp(op, "meth") == 0) { /* meth NAME SELF ARGS...: absent optional arguments are MOLT_NONE */
        const char *m = molt_str_data(a[0]);
        MoltValue x[4] = {MOLT_NONE, MOLT_NONE, MOLT_NONE, MOLT_NONE};
        for (int i = 2; i < n && i < 6; i++) x[i - 2] = a[i];
        MoltValue self = a[1];
#define M4(name, fn) if (strcmp(m, name) == 0) return fn(self, x[0], x[1], x[2]);
        M4("find", molt_str_find) M4("rfind", molt_str_rfind) M4("index", molt_str_index)
        M4("rindex", molt_str_rindex) M4("count", molt_str_count) M4("startswith", molt_str_startswith)
        M4("endswith", molt_str_endswith)
#undef M4
        if (strcmp(m, "replace") == 0) {
            int64_t c = -1;
            if (n > 4 && molt_int_as_i64(x[2], &c) < 0) return MOLT_ERROR;
            return molt_str_replace(self, x[0], x[1], c);
        }
#define M1(name) if (strcmp(m, #name) == 0) return molt_str_##name(self);
        M1(upper) M1(lower) M1(casefold) M1(swapcase) M1(capitalize) M1(title) M1(isalpha) M1(isdigit)
        M1(isdecimal) M1(isnumeric) M1(isalnum) M1(isspace) M1(islower) M1(isupper) M1(istitle) M1(isascii)
        M1(isprintable)
#undef M1
        if (strcmp(m, "strip") == 0) return molt_str_strip(self, x[0]);
        if (strcmp(m, "lstrip") == 0) return molt_str_lstrip(self, x[0]);
        if (strcmp(m, "rstrip") == 0) return molt_str_rstrip(self, x[0]);
        if (strcmp(m, "partition") == 0) return molt_str_partition(self, x[0]);
        if (strcmp(m, "rpartition") == 0) return molt_str_rpartition(self, x[0]);
        if (strcmp(m, "center") == 0) return molt_str_center(self, x[0], x[1]);
        if (strcmp(m, "ljust") == 0) return molt_str_ljust(self, x[0], x[1]);
        if (strcmp(m, "rjust") == 0) return molt_str_rjust(self, x[0], x[1]);
        if (strcmp(m, "zfill") == 0) return molt_str_zfill(self, x[0]);
        fprintf(stderr, "bad method: %s\n", m);
        exit(2);
    }
    if (strcmp(op, "format") == 0) return molt_format(a[0], a[1]);
    if (strcmp(op, "float_parse") == 0) return molt_float_from_string(a[0]);
    if (strcmp(op, "int_of") == 0) {
        if (molt_is_double(a[0])) return molt_int_from_double(molt_as_double(a[0]));
        return molt_incref(a[0]);
    }
    if (strcmp(op, "float_of") == 0) {
        double d;
        int k = molt_number_as_double(a[0], &d);
        return k < 0 ? MOLT_ERROR : molt_from_double(d);
    }
    if (strcmp(op, "round") == 0) {
        if (molt_is_intlike(a[0])) return molt_int_round(a[0], n == 2 ? a[1] : MOLT_NONE);
        return molt_float_round(molt_as_double(a[0]), n == 2 ? a[1] : MOLT_NONE);
    }
    if (strcmp(op, "print") == 0) { /* print SEP END ARGS... */
        return molt_print(a + 2, (size_t)(n - 2), a[0], a[1]) < 0 ? MOLT_ERROR : MOLT_NONE;
    }
    if (strcmp(op, "exc") == 0 || strcmp(op, "excstr") == 0) { /* exc TYPE ARGS... */
        MoltValue args = molt_tuple_new(n - 1);
        for (int i = 1; i < n; i++) molt_tuple_set(args, i - 1, molt_incref(a[i]));
        MoltValue e = molt_exc_new((MoltType *)molt_as_ptr(a[0]), args);
        molt_decref(args);
        if (op[3] == '\0') return e;
        MoltValue s = molt_str(e);
        molt_decref(e);
        return s;
    }
    if (strcmp(op, "raise") == 0) { /* raise TYPE MSG: set, then report through the error path */
        molt_err_set_object((MoltType *)molt_as_ptr(a[0]), a[1]);
        return MOLT_ERROR;
    }
    if (strcmp(op, "issubclass") == 0)
        return molt_from_bool(molt_type_is_subtype((MoltType *)molt_as_ptr(a[0]), (MoltType *)molt_as_ptr(a[1])));
    if (strcmp(op, "matches") == 0) { /* raise a[0](), then ask molt_err_matches(a[1]) */
        molt_err_set((MoltType *)molt_as_ptr(a[0]), "x");
        bool m = molt_err_matches((MoltType *)molt_as_ptr(a[1]));
        MoltValue e = molt_err_fetch();
        molt_err_restore(e);
        bool still = molt_err_occurred() != NULL;
        molt_err_clear();
        return molt_from_bool(m && still);
    }
    if (strcmp(op, "mro") == 0) return molt_incref(((MoltType *)molt_as_ptr(a[0]))->tp_mro);
    if (strcmp(op, "tuplehash") == 0) {
        MoltValue t = molt_tuple_new(n);
        for (int i = 0; i < n; i++) molt_tuple_set(t, i, molt_incref(a[i]));
        MoltHash h = molt_hash(t);
        molt_decref(t);
        return h == -1 ? MOLT_ERROR : molt_int_from_i64(h);
    }
    if (strcmp(op, "tuple") == 0) {
        MoltValue t = molt_tuple_new(n);
        for (int i = 0; i < n; i++) molt_tuple_set(t, i, molt_incref(a[i]));
        return t;
    }
    fprintf(stderr, "bad op: %s/%d\n", op, n);
    exit(2);
}

static void report(MoltValue r) {
    if (r == MOLT_ERROR) {
        MoltValue e = molt_err_fetch();
        MoltValue s = molt_str(e);
        molt_stdout_write("EXC ", 4);
        const char *name = molt_as_ptr(e)->type->tp_name;
        molt_stdout_write(name, strlen(name));
        molt_stdout_write(": ", 2);
        molt_stdout_write(molt_str_data(s), (size_t)molt_str_size(s));
        molt_stdout_write("\n", 1);
        molt_decref(s);
        molt_decref(e);
        return;
    }
    MoltValue s = molt_repr(r);
    molt_stdout_write(molt_str_data(s), (size_t)molt_str_size(s));
    molt_stdout_write("\n", 1);
    molt_decref(s);
    molt_decref(r);
}

int main(void) {
    if (molt_runtime_init() < 0) return 1;
    static char line[1 << 20];
    while (fgets(line, sizeof line, stdin)) {
        size_t len = strlen(line);
        while (len && (line[len - 1] == '\n' || line[len - 1] == '\r')) line[--len] = '\0';
        if (!len) continue;
        
        char *op = strtok(line, " ");
        MoltValue args[64];
        int n = 0;
        for (char *tok; (tok = strtok(NULL, " ")) && n < 64;) {
            args[n] = parse_arg(tok);
            if (args[n] == MOLT_ERROR) {
                molt_err_print();
                return 2;
            }
            n++;
        }
        report(run(op, args, n));
        for (int i = 0; i < n; i++) molt_decref(args[i]);
    }
    molt_runtime_fini();
    int64_t live = molt_live_objects();
    if (live != 0) {
        fprintf(stderr, "LEAK: %lld heap objects still alive\n", (long long)live);
        return 3;
    }
    return 0;
}
