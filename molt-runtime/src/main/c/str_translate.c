/*
 * str_translate.c — str.maketrans (a static method) and str.translate.
 *
 * Source followed: CPython 3.11 Objects/unicodeobject.c (unicode_maketrans_impl,
 * _PyUnicode_TranslateCharmap / charmaptranslate_lookup) and their messages.
 */
#include "molt/molt.h"

#include <stdlib.h>
#include <string.h>

static uint32_t first_cp(MoltValue s) {
    const unsigned char *p = (const unsigned char *)molt_str_data(s);
    uint32_t c = *p++;
    int extra = c < 0x80 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
    if (extra) c &= extra == 1 ? 0x1F : extra == 2 ? 0x0F : 0x07;
    while (extra--) c = (c << 6) | (*p++ & 0x3F);
    return c;
}

/* The code points of s (malloc'ed, *n of them). */
static uint32_t *code_points(MoltValue s, int64_t *n) {
    *n = molt_str_length(s);
    uint32_t *cps = malloc(((size_t)*n + 1) * sizeof(uint32_t));
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

static int set_cp(MoltValue d, uint32_t key, MoltValue v) {
    return molt_dict_setitem(d, molt_from_smallint(key), v);
}

static MoltValue maketrans_dict(MoltValue x) {
    if (!molt_is_dict(x)) {
        molt_err_set(&MoltExc_TypeError, "if you give only one argument to maketrans it must be a dict");
        return MOLT_ERROR;
    }
    MoltValue d = molt_dict_new();
    if (d == MOLT_ERROR) return d;
    MoltValue items = molt_dict_items(x), it = items == MOLT_ERROR ? MOLT_ERROR : molt_iter(items);
    if (items != MOLT_ERROR) molt_decref(items);
    if (it == MOLT_ERROR) {
        molt_decref(d);
        return MOLT_ERROR;
    }
    MoltValue kv;
    int rc = 0;
    while (rc == 0 && (kv = molt_next(it)) != MOLT_EXHAUSTED) {
        if (kv == MOLT_ERROR) {
            rc = -1;
            break;
        }
        MoltValue k = molt_tuple_get(kv, 0), v = molt_tuple_get(kv, 1);
        if (molt_is_str(k)) {
            if (molt_str_length(k) != 1) {
                molt_err_set(&MoltExc_ValueError, "string keys in translate table must be of length 1");
                rc = -1;
            } else {
                rc = set_cp(d, first_cp(k), v);
            }
        } else if (molt_is_intlike(k)) {
            rc = molt_dict_setitem(d, k, v);
        } else {
            molt_err_set(&MoltExc_TypeError, "keys in translate table must be strings or integers");
            rc = -1;
        }
        molt_decref(kv);
    }
    molt_decref(it);
    if (rc < 0) {
        molt_decref(d);
        return MOLT_ERROR;
    }
    return d;
}

/* str.maketrans(x[, y[, z]]): y, z MOLT_ERROR when absent. */
static MoltValue maketrans(MoltValue x, MoltValue y, MoltValue z) {
    if (y == MOLT_ERROR) return maketrans_dict(x);
    if (!molt_is_str(x)) {
        molt_err_set(&MoltExc_TypeError, "first maketrans argument must be a string if there is a second argument");
        return MOLT_ERROR;
    }
    if (!molt_is_str(y)) {
        molt_err_format(&MoltExc_TypeError, "maketrans() argument 2 must be str, not %s", molt_type_of(y)->tp_name);
        return MOLT_ERROR;
    }
    if (z != MOLT_ERROR && !molt_is_str(z)) {
        molt_err_format(&MoltExc_TypeError, "maketrans() argument 3 must be str, not %s", molt_type_of(z)->tp_name);
        return MOLT_ERROR;
    }
    if (molt_str_length(x) != molt_str_length(y)) {
        molt_err_set(&MoltExc_ValueError, "the first two maketrans arguments must have equal length");
        return MOLT_ERROR;
    }
    int64_t nx, ny, nz = 0;
    uint32_t *cx = code_points(x, &nx), *cy = cx ? code_points(y, &ny) : NULL, *cz = NULL;
    if (cy && z != MOLT_ERROR) cz = code_points(z, &nz);
    MoltValue d = (cy && (z == MOLT_ERROR || cz)) ? molt_dict_new() : MOLT_ERROR;
    int rc = d == MOLT_ERROR ? -1 : 0;
    for (int64_t i = 0; rc == 0 && i < nx; i++) rc = set_cp(d, cx[i], molt_from_smallint(cy[i]));
    for (int64_t i = 0; rc == 0 && i < nz; i++) rc = set_cp(d, cz[i], MOLT_NONE);
    free(cx);
    free(cy);
    free(cz);
    if (rc < 0) {
        if (d != MOLT_ERROR) molt_decref(d);
        return MOLT_ERROR;
    }
    return d;
}

static MoltValue maketrans_call(MoltValue f, const MoltValue *args, size_t nargs, MoltValue kw) {
    (void)f;
    if (molt_arg_no_kw("str.maketrans", kw) < 0 || molt_arg_count("maketrans", nargs, 1, 3) < 0) return MOLT_ERROR;
    return maketrans(args[0], nargs > 1 ? args[1] : MOLT_ERROR, nargs > 2 ? args[2] : MOLT_ERROR);
}

static MoltBuiltin maketrans_builtin = MOLT_BUILTIN_INIT("maketrans", maketrans_call);

MoltValue molt_str_maketrans_builtin(void) { return molt_from_ptr(&maketrans_builtin); }

MoltValue molt_str_translate(MoltValue s, MoltValue table) {
    int64_t n;
    uint32_t *cps = code_points(s, &n);
    if (!cps) return MOLT_ERROR;
    MoltStrBuf b;
    molt_strbuf_init(&b);
    int rc = 0;
    for (int64_t i = 0; rc == 0 && i < n; i++) {
        MoltValue v = molt_getitem(table, molt_from_smallint(cps[i]));
        if (v == MOLT_ERROR) {
            if (!molt_err_matches(&MoltExc_LookupError)) {
                rc = -1;
                break;
            }
            molt_err_clear();
            molt_strbuf_append_cp(&b, cps[i]);
            continue;
        }
        if (v == MOLT_NONE) {
            /* deleted */
        } else if (molt_is_intlike(v)) {
            int64_t c;
            if (molt_int_as_i64(v, &c) < 0 || c < 0 || c > 0x10FFFF) {
                molt_err_clear();
                molt_err_set(&MoltExc_ValueError, "character mapping must be in range(0x110000)");
                rc = -1;
            } else {
                molt_strbuf_append_cp(&b, (uint32_t)c);
            }
        } else if (molt_is_str(v)) {
            molt_strbuf_append_str(&b, v);
        } else {
            molt_err_set(&MoltExc_TypeError, "character mapping must return integer, None or str");
            rc = -1;
        }
        molt_decref(v);
    }
    free(cps);
    if (rc < 0) {
        molt_strbuf_release(&b);
        return MOLT_ERROR;
    }
    return molt_strbuf_finish(&b);
}
