/*
 * suggestions.c — "Did you mean" for NameError and AttributeError (molt/suggestions.h).
 *
 * Source followed: CPython 3.11 Python/suggestions.c (levenshtein_distance, calculate_suggestions,
 * offer_suggestions_for_name_error, offer_suggestions_for_attribute_error, _Py_Offer_Suggestions),
 * Objects/object.c (_dir_object: the instance __dict__ then the class's dir), Objects/typeobject.c
 * (merge_class_dict, type_new adding __module__, __doc__, __dict__, __weakref__ and dropping __qualname__).
 */
#include "molt/suggestions.h"

#include "molt/molt.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#if defined(__wasm32__)
/* The WebAssembly backend writes these structs into the program data itself (ProgramLowering.frameNames). */
_Static_assert(sizeof(MoltGlobalName) == 8, "MoltGlobalName: 2 x 4 bytes on wasm32");
_Static_assert(sizeof(MoltFrameNames) == 16 && offsetof(MoltFrameNames, globals) == 12,
               "MoltFrameNames: 4 x 4 bytes on wasm32");
#endif

#define MAX_CANDIDATE_ITEMS 750
#define MAX_STRING_SIZE 40

#define MOVE_COST 2
#define CASE_COST 1

#define LEAST_FIVE_BITS(n) ((n) & 31)

/* ---- the distance (Python/suggestions.c, 3.11) ---------------------------------------------------------- */

static inline int substitution_cost(char a, char b) {
    if (LEAST_FIVE_BITS(a) != LEAST_FIVE_BITS(b)) return MOVE_COST; /* not the same, not a case flip */
    if (a == b) return 0;
    if ('A' <= a && a <= 'Z') a += ('a' - 'A');
    if ('A' <= b && b <= 'Z') b += ('a' - 'A');
    if (a == b) return CASE_COST;
    return MOVE_COST;
}

size_t molt_suggest_distance(const char *a, size_t a_size, const char *b, size_t b_size, size_t max_cost) {
    size_t buffer[MAX_STRING_SIZE];
    if (a == b && a_size == b_size) return 0;
    /* Trim away common affixes. */
    while (a_size && b_size && a[0] == b[0]) {
        a++;
        a_size--;
        b++;
        b_size--;
    }
    while (a_size && b_size && a[a_size - 1] == b[b_size - 1]) {
        a_size--;
        b_size--;
    }
    if (a_size == 0 || b_size == 0) return (a_size + b_size) * MOVE_COST;
    if (a_size > MAX_STRING_SIZE || b_size > MAX_STRING_SIZE) return max_cost + 1;
    /* Prefer the shorter buffer. */
    if (b_size < a_size) {
        const char *t = a;
        a = b;
        b = t;
        size_t t_size = a_size;
        a_size = b_size;
        b_size = t_size;
    }
    /* Quick fail when a match is impossible. */
    if ((b_size - a_size) * MOVE_COST > max_cost) return max_cost + 1;
    /* One row of the len(a)-by-len(b) matrix, updated in place. */
    for (size_t i = 0; i < a_size; i++) buffer[i] = (i + 1) * MOVE_COST; /* cost from b[:0] to a[:i+1] */
    size_t result = 0;
    for (size_t b_index = 0; b_index < b_size; b_index++) {
        char code = b[b_index];
        size_t distance = result = b_index * MOVE_COST; /* cost(b[:b_index], a[:0]) */
        size_t minimum = SIZE_MAX;
        for (size_t index = 0; index < a_size; index++) {
            /* 1) substitute: cost(b[:b_index], a[:index]) + substitution cost */
            size_t substitute = distance + (size_t)substitution_cost(code, a[index]);
            /* 2) delete from b: cost(b[:b_index], a[:index+1]) from the previous row */
            distance = buffer[index];
            /* 3) delete from a: result is cost(b[:b_index+1], a[:index]) */
            size_t insert_delete = (result < distance ? result : distance) + MOVE_COST;
            result = insert_delete < substitute ? insert_delete : substitute;
            buffer[index] = result; /* cost(b[:b_index+1], a[:index+1]) */
            if (result < minimum) minimum = result;
        }
        if (minimum > max_cost) return max_cost + 1; /* everything in this row is too big */
    }
    return result;
}

/* The candidate that is the name itself is skipped (calculate_suggestions; CPython 3.11.7 skips an equal
 * non-ASCII name too, as the tests against python3 show). */
static bool same_name(const char *name, size_t name_size, const char *item, size_t item_size) {
    return name_size == item_size && memcmp(name, item, name_size) == 0;
}

ptrdiff_t molt_suggest_best(const char *name, size_t name_size, const char *const *cands, size_t n) {
    if (n >= MAX_CANDIDATE_ITEMS) return -1;
    ptrdiff_t suggestion_distance = PTRDIFF_MAX, suggestion = -1;
    for (size_t i = 0; i < n; i++) {
        const char *item = cands[i];
        if (!item) continue;
        size_t item_size = strlen(item);
        if (same_name(name, name_size, item, item_size)) continue;
        /* No more than 1/3 of the involved characters should need changed. */
        ptrdiff_t max_distance = (ptrdiff_t)(name_size + item_size + 3) * MOVE_COST / 6;
        /* Don't take matches we've already beaten. */
        if (suggestion_distance - 1 < max_distance) max_distance = suggestion_distance - 1;
        ptrdiff_t current = (ptrdiff_t)molt_suggest_distance(name, name_size, item, item_size, (size_t)max_distance);
        if (current > max_distance) continue;
        if (suggestion < 0 || current < suggestion_distance) {
            suggestion = (ptrdiff_t)i;
            suggestion_distance = current;
        }
    }
    return suggestion;
}

/* ---- candidate lists ------------------------------------------------------------------------------------ */

typedef struct Names {
    const char **items;
    size_t n, cap;
    bool failed;
} Names;

static void names_add(Names *l, const char *s) {
    if (l->failed) return;
    if (l->n == l->cap) {
        size_t cap = l->cap ? 2 * l->cap : 64;
        const char **p = realloc(l->items, cap * sizeof *p);
        if (!p) {
            l->failed = true;
            return;
        }
        l->items = p;
        l->cap = cap;
    }
    l->items[l->n++] = s;
}

/* Appends the names of a generated list ("a\0b\0\0"). */
static void names_add_packed(Names *l, const char *packed) {
    for (const char *p = packed; *p; p += strlen(p) + 1) names_add(l, p);
}

static void names_release(Names *l) {
    free(l->items);
    l->items = NULL;
    l->n = l->cap = 0;
}

/* The suggestion among `l` for `name`, as a new str, or MOLT_NONE. */
static MoltValue best_of(MoltValue name, const Names *l) {
    if (l->failed) return MOLT_NONE;
    ptrdiff_t i = molt_suggest_best(molt_str_data(name), (size_t)molt_str_size(name), l->items, l->n);
    if (i < 0) return MOLT_NONE;
    MoltValue s = molt_str_from_utf8(l->items[i], strlen(l->items[i]));
    if (s == MOLT_ERROR) {
        molt_err_clear();
        return MOLT_NONE;
    }
    return s;
}

/* ---- NameError ------------------------------------------------------------------------------------------ */

static bool in_packed(const char *packed, const char *name) {
    for (const char *p = packed; *p; p += strlen(p) + 1)
        if (strcmp(p, name) == 0) return true;
    return false;
}

static MoltValue name_error_suggestion(MoltException *e, MoltValue name) {
    /* The frame the exception was raised in: the innermost traceback entry. */
    MoltTraceEntry *t = e->traceback;
    if (!t) return MOLT_NONE;
    while (t->next) t = t->next;
    const MoltFrameNames *fn = t->names;
    Names l = {0};
    if (fn) for (int i = 0; i < fn->nvarnames; i++) names_add(&l, fn->varnames[i]);
    MoltValue s = best_of(name, &l);
    if (s != MOLT_NONE) goto done;
    /* The globals dict: what CPython puts there before the script's first statement, then the bound globals. */
    l.n = 0;
    names_add_packed(&l, molt_suggest_module_dunders);
    if (fn) {
        for (int i = 0; i < fn->nglobals; i++) {
            const MoltGlobalName *g = &fn->globals[i];
            if (*g->slot != MOLT_ERROR && !in_packed(molt_suggest_module_dunders, g->name)) names_add(&l, g->name);
        }
    }
    s = best_of(name, &l);
    if (s != MOLT_NONE) goto done;
    l.n = 0;
    names_add_packed(&l, molt_suggest_builtins);
    s = best_of(name, &l);
done:
    names_release(&l);
    return s;
}

/* ---- AttributeError: dir(obj) --------------------------------------------------------------------------- */

static const char *static_type_dict(const MoltType *t) {
    for (const MoltSuggestTypeDict *d = molt_suggest_type_dicts; d->type; d++)
        if (strcmp(d->type, t->tp_name) == 0) return d->names;
    return NULL;
}

/* The keys of vars(t), as CPython would hold them. */
static void add_type_dict(Names *l, MoltType *t) {
    if (t->tp_flags & MOLT_TPFLAG_HEAPTYPE) {
        /* type_new: __module__ and __qualname__ come from the class body, __qualname__ is taken out of the
         * dict, __doc__ (None), __dict__ and __weakref__ (Molt's classes have no __slots__) are added. */
        names_add(l, "__module__");
        names_add(l, "__doc__");
        names_add(l, "__dict__");
        names_add(l, "__weakref__");
        if (t->tp_dict == MOLT_NONE || !molt_is_dict(t->tp_dict)) return;
        int64_t pos = 0;
        MoltValue k, v;
        while (molt_dict_next(t->tp_dict, &pos, &k, &v))
            if (molt_is_str(k) && strcmp(molt_str_data(k), "__qualname__") != 0) names_add(l, molt_str_data(k));
        return;
    }
    const char *packed = static_type_dict(t);
    if (packed) names_add_packed(l, packed);
}

/* merge_class_dict along the MRO (a static type's MRO is its tp_base chain). */
static void add_class_dir(Names *l, MoltType *t) {
    if ((t->tp_flags & MOLT_TPFLAG_HEAPTYPE) && t->tp_mro != MOLT_NONE && molt_is_tuple(t->tp_mro)) {
        for (int64_t i = 0, n = molt_tuple_size(t->tp_mro); i < n; i++)
            add_type_dict(l, (MoltType *)molt_as_ptr(molt_tuple_get(t->tp_mro, i)));
        return;
    }
    for (MoltType *s = t; s; s = s->tp_base) add_type_dict(l, s);
}

/* Sorts names[0..n) by code point (UTF-8 byte order is code point order, as sorted() orders str): an insertion
 * sort, as the lists are a class's dir() (tens to a few hundred names, on an error path), and the C library's
 * qsort would cost every program that can raise AttributeError about 2 KB of wasm. */
static void sort_by_code_point(const char **names, size_t n) {
    for (size_t i = 1; i < n; i++) {
        const char *x = names[i];
        size_t j = i;
        for (; j > 0 && strcmp(names[j - 1], x) > 0; j--) names[j] = names[j - 1];
        names[j] = x;
    }
}

static bool is_type_object(MoltValue o) {
    return molt_is_ptr(o) && molt_type_is_subtype(molt_as_ptr(o)->type, &MoltType_Type);
}

static MoltValue attribute_error_suggestion(MoltValue obj, MoltValue name) {
    Names l = {0};
    if (is_type_object(obj)) {
        add_class_dir(&l, (MoltType *)molt_as_ptr(obj));
    } else {
        MoltType *t = molt_type_of(obj);
        if (molt_is_ptr(obj) && t->tp_dictoffset) {
            MoltValue d = *(MoltValue *)((char *)molt_as_ptr(obj) + t->tp_dictoffset);
            if (d != MOLT_NONE && d != 0 && molt_is_dict(d)) {
                int64_t pos = 0;
                MoltValue k, v;
                while (molt_dict_next(d, &pos, &k, &v))
                    if (molt_is_str(k)) names_add(&l, molt_str_data(k));
            }
        }
        add_class_dir(&l, t);
    }
    MoltValue s = MOLT_NONE;
    if (!l.failed) {
        /* dir() is sorted(set(...)). */
        sort_by_code_point(l.items, l.n);
        size_t w = 0;
        for (size_t i = 0; i < l.n; i++)
            if (w == 0 || strcmp(l.items[w - 1], l.items[i]) != 0) l.items[w++] = l.items[i];
        l.n = w;
        s = best_of(name, &l);
    }
    names_release(&l);
    return s;
}

/* ---- the exception's name and obj ------------------------------------------------------------------------ */

/* exc.name / exc.obj as the failing lookup recorded them (borrowed), or MOLT_ERROR when not recorded. */
static MoltValue exc_attr(MoltValue exc, const char *attr) {
    MoltException *e = (MoltException *)molt_as_ptr(exc);
    MoltValue v = strcmp(attr, "name") == 0 ? e->name : e->obj;
    return v == MOLT_NONE ? MOLT_ERROR : v;
}

static void set_exc_attr(MoltValue exc, const char *attr, MoltValue v) {
    MoltException *e = (MoltException *)molt_as_ptr(exc);
    MoltValue *slot = strcmp(attr, "name") == 0 ? &e->name : &e->obj;
    MoltValue old = *slot;
    *slot = molt_incref(v);
    molt_decref(old);
}

/* The suggesters molt_suggestion_for calls, installed by whatever can give an exception a name (and obj): the
 * runtime's raise sites below and a program's `e.name = ...` (molt_suggestions_enable, from molt_setattr). A
 * program with neither has no NameError/AttributeError that a suggestion could be computed for, and does not link
 * the suggestion code (the dir() of objects and types, the builtin names, the edit distance). */
static MoltValue (*name_suggester)(MoltException *e, MoltValue name);
static MoltValue (*attribute_suggester)(MoltValue obj, MoltValue name);

void molt_suggestions_enable(void) {
    name_suggester = name_error_suggestion;
    attribute_suggester = attribute_error_suggestion;
}

void molt_err_record_name(const char *name) {
    name_suggester = name_error_suggestion;
    if (!molt_err_matches(&MoltExc_NameError)) return;
    MoltValue exc = molt_err_fetch();
    MoltValue s = molt_str_from_cstr(name);
    if (s == MOLT_ERROR) {
        molt_err_clear();
    } else {
        set_exc_attr(exc, "name", s);
        molt_decref(s);
    }
    molt_err_restore(exc);
}

void molt_err_record_attribute(MoltValue obj, MoltValue name) {
    attribute_suggester = attribute_error_suggestion;
    if (!molt_err_matches(&MoltExc_AttributeError)) return;
    MoltValue exc = molt_err_fetch();
    if (molt_is_exception(exc) && ((MoltException *)molt_as_ptr(exc))->ob.refcnt >= 0 &&
        exc_attr(exc, "name") == MOLT_ERROR && exc_attr(exc, "obj") == MOLT_ERROR) {
        set_exc_attr(exc, "name", name);
        set_exc_attr(exc, "obj", obj);
    }
    molt_err_restore(exc);
}

MoltValue molt_suggestion_for(MoltValue exc) {
    if (!molt_is_exception(exc)) return MOLT_NONE;
    MoltType *t = molt_type_of(exc);
    if (t != &MoltExc_AttributeError && t != &MoltExc_NameError) return MOLT_NONE;
    MoltValue saved = molt_err_fetch();
    MoltValue s = MOLT_NONE;
    MoltValue name = exc_attr(exc, "name");
    if (name != MOLT_ERROR && molt_type_of(name) == &MoltStr_Type) {
        if (t == &MoltExc_NameError) {
            if (name_suggester) s = name_suggester((MoltException *)molt_as_ptr(exc), name);
        } else {
            MoltValue obj = exc_attr(exc, "obj");
            if (obj != MOLT_ERROR && attribute_suggester) s = attribute_suggester(obj, name);
        }
    }
    molt_err_clear();
    if (saved != MOLT_NONE) molt_err_restore(saved);
    return s;
}
