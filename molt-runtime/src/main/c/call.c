/*
 * call.c — molt_call (the vector entry), builtin functions, Molt functions and
 * CPython's argument binding, cells, bound methods, the recursion limit.
 *
 * Source followed: CPython 3.11/3.12 Python/ceval.c (initialize_locals,
 * missing_arguments, format_missing, too_many_positional,
 * positional_only_passed_as_keyword), Objects/call.c (PyObject_Vectorcall,
 * _PyObject_Call with a kwargs dict), Objects/funcobject.c, Objects/cellobject.c,
 * Objects/classobject.c.
 */
#include "molt/fmt.h"
#include "molt/molt.h"

#include <stdlib.h>
#include <string.h>

/* ---- recursion limit ---------------------------------------------------------- */

int molt_recursion_limit = 1000;
int molt_call_depth;

int molt_recursion_overflow(void) {
    molt_call_depth--;
    molt_err_set(&MoltExc_RecursionError, "maximum recursion depth exceeded");
    return -1;
}

int molt_enter_call(void) { return molt_enter_call_inline(); }

void molt_leave_call(void) { molt_leave_call_inline(); }

/* ---- the generic call --------------------------------------------------------- */

MoltValue molt_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    MoltType *t = molt_type_of(callable);
    if (MOLT_LIKELY(t->tp_call != NULL)) return t->tp_call(callable, args, nargs, kwnames);
    molt_err_format(&MoltExc_TypeError, "'%s' object is not callable", t->tp_name);
    return MOLT_ERROR;
}

bool molt_is_callable(MoltValue v) { return molt_type_of(v)->tp_call != NULL; }

MoltValue molt_call0(MoltValue f) { return molt_call(f, NULL, 0, 0); }
MoltValue molt_call1(MoltValue f, MoltValue a) { return molt_call(f, &a, 1, 0); }
MoltValue molt_call2(MoltValue f, MoltValue a, MoltValue b) {
    MoltValue args[2] = {a, b};
    return molt_call(f, args, 2, 0);
}

MoltValue molt_call_ex(MoltValue callable, MoltValue args, MoltValue kwargs) {
    MoltValue posargs = molt_is_tuple(args) ? molt_incref(args) : MOLT_ERROR;
    if (posargs == MOLT_ERROR) {
        MoltValue l = molt_list_from_iterable(args);
        if (l == MOLT_ERROR) {
            if (molt_err_matches(&MoltExc_TypeError)) {
                molt_err_clear();
                molt_err_format(&MoltExc_TypeError, "Value after * must be an iterable, not %s",
                                molt_type_of(args)->tp_name);
            }
            return MOLT_ERROR;
        }
        posargs = molt_list_to_tuple(l);
        molt_decref(l);
        if (posargs == MOLT_ERROR) return posargs;
    }
    int64_t np = molt_tuple_size(posargs);
    int64_t nk = kwargs == MOLT_NONE ? 0 : molt_dict_size(kwargs);
    if (nk == 0) {
        MoltValue r = molt_call(callable, ((MoltTuple *)molt_as_ptr(posargs))->items, (size_t)np, 0);
        molt_decref(posargs);
        return r;
    }
    MoltValue *all = malloc((size_t)(np + nk) * sizeof(MoltValue));
    MoltValue names = molt_tuple_new(nk);
    if (!all || names == MOLT_ERROR) {
        free(all);
        molt_xdecref(names);
        molt_decref(posargs);
        return molt_err_nomemory();
    }
    for (int64_t i = 0; i < np; i++) all[i] = molt_tuple_get(posargs, i);
    int64_t pos = 0, k = 0;
    MoltValue key, value;
    while (molt_dict_next(kwargs, &pos, &key, &value)) {
        if (!molt_is_str(key)) {
            molt_err_set(&MoltExc_TypeError, "keywords must be strings");
            free(all);
            molt_decref(names);
            molt_decref(posargs);
            return MOLT_ERROR;
        }
        molt_tuple_set(names, k, molt_incref(key));
        all[np + k] = value;
        k++;
    }
    MoltValue r = molt_call(callable, all, (size_t)np, names);
    free(all);
    molt_decref(names);
    molt_decref(posargs);
    return r;
}

/* ---- builtin functions ------------------------------------------------------------ */

static MoltValue builtin_vectorcall(MoltValue f, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    MoltBuiltin *b = (MoltBuiltin *)molt_as_ptr(f);
    return b->call(f, args, nargs, kwnames);
}

static void builtin_dealloc(MoltObject *o) {
    molt_decref(((MoltBuiltin *)o)->self);
    molt_free_fixed(o);
}

static MoltValue builtin_repr(MoltValue v) {
    MoltBuiltin *b = (MoltBuiltin *)molt_as_ptr(v);
    MoltStrBuf sb;
    molt_strbuf_init(&sb);
    if (b->self == MOLT_NONE) {
        molt_strbuf_append_cstr(&sb, "<built-in function ");
        molt_strbuf_append_cstr(&sb, b->name);
        molt_strbuf_append_char(&sb, '>');
    } else {
        char buf[64];
        molt_snprintf(buf, sizeof buf, " object at %#llx>", (unsigned long long)(b->self & MOLT_PAYLOAD_MASK));
        molt_strbuf_append_cstr(&sb, "<built-in method ");
        molt_strbuf_append_cstr(&sb, b->name);
        molt_strbuf_append_cstr(&sb, " of ");
        molt_strbuf_append_cstr(&sb, molt_type_of(b->self)->tp_name);
        molt_strbuf_append_cstr(&sb, buf);
    }
    return molt_strbuf_finish(&sb);
}

MoltValue molt_builtin_new(const char *name, molt_vectorcallfunc fn, MoltValue self) {
    MoltBuiltin *b = molt_alloc_fixed(&MoltBuiltin_Type);
    if (!b) return MOLT_ERROR;
    b->name = name;
    b->call = fn;
    b->self = molt_incref(self);
    b->data = NULL;
    return molt_from_ptr(b);
}

int molt_arg_no_kw(const char *fname, MoltValue kwnames) {
    if (kwnames == 0 || molt_tuple_size(kwnames) == 0) return 0;
    molt_err_format(&MoltExc_TypeError, "%s() takes no keyword arguments", fname);
    return -1;
}

int molt_arg_count(const char *fname, size_t nargs, size_t min, size_t max) {
    if (nargs >= min && nargs <= max) return 0;
    if (min == max)
        molt_err_format(&MoltExc_TypeError, "%s expected %zu argument%s, got %zu", fname, min, min == 1 ? "" : "s",
                        nargs);
    else if (nargs < min)
        molt_err_format(&MoltExc_TypeError, "%s expected at least %zu argument%s, got %zu", fname, min,
                        min == 1 ? "" : "s", nargs);
    else
        molt_err_format(&MoltExc_TypeError, "%s expected at most %zu argument%s, got %zu", fname, max,
                        max == 1 ? "" : "s", nargs);
    return -1;
}

MoltType MoltBuiltin_Type = {
    .ob = MOLT_STATIC_HEADER(&MoltType_Type),
    .tp_name = "builtin_function_or_method",
    .tp_index = MOLT_TI_BUILTIN_FUNCTION,
    .tp_basicsize = sizeof(MoltBuiltin),
    .tp_dealloc = builtin_dealloc,
    .tp_repr = builtin_repr,
    .tp_hash = molt_identity_hash,
    .tp_base = &MoltBaseObject_Type,
    .tp_mro = MOLT_NONE,
    .tp_dict = MOLT_NONE,
    .tp_call = builtin_vectorcall,
};

/* ---- cells -------------------------------------------------------------------------- */

typedef struct MoltCell {
    MoltObject ob;
    MoltValue content; /* owned; MOLT_ERROR when empty */
} MoltCell;

MoltValue molt_cell_new(MoltValue content) {
    MoltCell *c = molt_alloc_object(&MoltCell_Type, sizeof(MoltCell));
    if (!c) return MOLT_ERROR;
    c->content = content == MOLT_ERROR ? MOLT_ERROR : molt_incref(content);
    return molt_from_ptr(c);
}

MoltValue molt_cell_get(MoltValue cell, const char *name, bool is_free) {
    MoltCell *c = (MoltCell *)molt_as_ptr(cell);
    if (c->content != MOLT_ERROR) return molt_incref(c->content);
    if (is_free) {
        molt_err_format(&MoltExc_NameError,
                        "cannot access free variable '%s' where it is not associated with a value in enclosing scope",
                        name);
        molt_err_record_name(name); /* exc.name (Python/ceval.c format_exc_unbound) */
    } else
        molt_err_format(&MoltExc_UnboundLocalError,
                        "cannot access local variable '%s' where it is not associated with a value", name);
    return MOLT_ERROR;
}

void molt_cell_set(MoltValue cell, MoltValue v) {
    MoltCell *c = (MoltCell *)molt_as_ptr(cell);
    MoltValue old = c->content;
    c->content = v == MOLT_ERROR ? MOLT_ERROR : molt_incref(v);
    molt_xdecref(old);
}

static void cell_dealloc(MoltObject *o) {
    molt_xdecref(((MoltCell *)o)->content);
    molt_free_object(o);
}

MoltType MoltCell_Type = {
    .ob = MOLT_STATIC_HEADER(&MoltType_Type),
    .tp_name = "cell",
    .tp_basicsize = sizeof(MoltCell),
    .tp_dealloc = cell_dealloc,
    .tp_base = &MoltBaseObject_Type,
    .tp_mro = MOLT_NONE,
    .tp_dict = MOLT_NONE,
};

/* ---- Molt functions --------------------------------------------------------------------- */

MoltValue molt_function_new(const MoltCode *code, MoltValue defaults, MoltValue kwdefaults, MoltValue closure) {
    MoltFunction *f = molt_alloc_object(&MoltFunction_Type, sizeof(MoltFunction));
    if (!f) return MOLT_ERROR;
    f->code = code;
    f->defaults = molt_incref(defaults);
    f->kwdefaults = molt_incref(kwdefaults);
    f->closure = molt_incref(closure);
    f->dict = MOLT_NONE;
    f->annotations = MOLT_NONE;
    f->fast_nargs = code->kwonlyargcount == 0 && (code->flags & (MOLT_CO_VARARGS | MOLT_CO_VARKEYWORDS)) == 0 &&
                            code->nfree == 0
                        ? code->argcount
                        : -1;
    f->doc = code->doc ? molt_str_from_cstr(code->doc) : MOLT_NONE;
    f->module = molt_str_from_cstr("__main__");
    if (f->doc == MOLT_ERROR || f->module == MOLT_ERROR) {
        if (f->doc == MOLT_ERROR) f->doc = MOLT_NONE;
        if (f->module == MOLT_ERROR) f->module = MOLT_NONE;
        f->name = f->qualname = MOLT_NONE;
        molt_decref(molt_from_ptr(f));
        return MOLT_ERROR;
    }
    f->name = molt_str_from_cstr(code->name);
    f->qualname = molt_str_from_cstr(code->qualname ? code->qualname : code->name);
    if (f->name == MOLT_ERROR || f->qualname == MOLT_ERROR) {
        if (f->name == MOLT_ERROR) f->name = MOLT_NONE;
        if (f->qualname == MOLT_ERROR) f->qualname = MOLT_NONE;
        molt_decref(molt_from_ptr(f));
        return MOLT_ERROR;
    }
    return molt_from_ptr(f);
}

static void function_dealloc(MoltObject *o) {
    MoltFunction *f = (MoltFunction *)o;
    molt_decref(f->defaults);
    molt_decref(f->kwdefaults);
    molt_decref(f->closure);
    molt_decref(f->name);
    molt_decref(f->qualname);
    molt_decref(f->dict);
    molt_decref(f->annotations);
    molt_decref(f->doc);
    molt_decref(f->module);
    molt_free_object(o);
}

/* ---- function attributes (Objects/funcobject.c func_getsetlist, func_memberlist) ---------- */

MoltValue molt_function_getattr(MoltValue fv, MoltValue name) {
    MoltFunction *f = (MoltFunction *)molt_as_ptr(fv);
    const char *n = molt_str_data(name);
    if (n[0] != '_' || n[1] != '_') return MOLT_NOTIMPLEMENTED;
    if (strcmp(n, "__name__") == 0) return molt_incref(f->name);
    if (strcmp(n, "__qualname__") == 0) return molt_incref(f->qualname);
    if (strcmp(n, "__doc__") == 0) return molt_incref(f->doc);
    if (strcmp(n, "__module__") == 0) return molt_incref(f->module);
    if (strcmp(n, "__defaults__") == 0) return molt_incref(f->defaults);
    if (strcmp(n, "__kwdefaults__") == 0) return molt_incref(f->kwdefaults);
    if (strcmp(n, "__closure__") == 0) return molt_incref(f->closure);
    if (strcmp(n, "__annotations__") == 0) {
        if (f->annotations == MOLT_NONE) {
            MoltValue d = molt_dict_new();
            if (d == MOLT_ERROR) return d;
            f->annotations = d;
        }
        return molt_incref(f->annotations);
    }
    return MOLT_NOTIMPLEMENTED;
}

/* Replaces *slot by a new reference to v. */
static int replace_field(MoltValue *slot, MoltValue v) {
    MoltValue old = *slot;
    *slot = molt_incref(v);
    molt_decref(old);
    return 0;
}

int molt_function_setattr(MoltValue fv, MoltValue name, MoltValue v) {
    MoltFunction *f = (MoltFunction *)molt_as_ptr(fv);
    const char *n = molt_str_data(name);
    if (n[0] != '_' || n[1] != '_') return 1;
    bool del = v == MOLT_ERROR;
    if (strcmp(n, "__name__") == 0 || strcmp(n, "__qualname__") == 0) {
        if (del || !molt_is_str(v)) {
            molt_err_format(&MoltExc_TypeError, "%s must be set to a string object", n);
            return -1;
        }
        return replace_field(n[2] == 'n' ? &f->name : &f->qualname, v);
    }
    if (strcmp(n, "__doc__") == 0) return replace_field(&f->doc, del ? MOLT_NONE : v);
    if (strcmp(n, "__module__") == 0) return replace_field(&f->module, del ? MOLT_NONE : v);
    if (strcmp(n, "__defaults__") == 0) {
        if (!del && v != MOLT_NONE && !molt_is_tuple(v)) {
            molt_err_set(&MoltExc_TypeError, "__defaults__ must be set to a tuple object");
            return -1;
        }
        return replace_field(&f->defaults, del ? MOLT_NONE : v);
    }
    if (strcmp(n, "__kwdefaults__") == 0) {
        if (!del && v != MOLT_NONE && !molt_is_dict(v)) {
            molt_err_set(&MoltExc_TypeError, "__kwdefaults__ must be set to a dict object");
            return -1;
        }
        return replace_field(&f->kwdefaults, del ? MOLT_NONE : v);
    }
    if (strcmp(n, "__annotations__") == 0) {
        if (!del && v != MOLT_NONE && !molt_is_dict(v)) {
            molt_err_set(&MoltExc_TypeError, "__annotations__ must be set to a dict object");
            return -1;
        }
        return replace_field(&f->annotations, del ? MOLT_NONE : v);
    }
    if (strcmp(n, "__closure__") == 0) {
        molt_err_set(&MoltExc_AttributeError, "readonly attribute");
        return -1;
    }
    return 1;
}

static MoltValue function_repr(MoltValue v) {
    MoltFunction *f = (MoltFunction *)molt_as_ptr(v);
    char buf[64];
    molt_snprintf(buf, sizeof buf, " at %#llx>", (unsigned long long)(v & MOLT_PAYLOAD_MASK));
    MoltStrBuf b;
    molt_strbuf_init(&b);
    molt_strbuf_append_cstr(&b, "<function ");
    molt_strbuf_append_str(&b, f->qualname);
    molt_strbuf_append_cstr(&b, buf);
    return molt_strbuf_finish(&b);
}

/* format_missing + missing_arguments */
static void missing_arguments(const MoltFunction *f, const MoltValue *frame, int start, int end, const char *kind) {
    const MoltCode *co = f->code;
    int n = 0;
    for (int i = start; i < end; i++)
        if (frame[i] == MOLT_ERROR) n++;
    MoltStrBuf b;
    molt_strbuf_init(&b);
    int k = 0;
    for (int i = start; i < end; i++) {
        if (frame[i] != MOLT_ERROR) continue;
        if (k > 0) {
            if (n == 2) molt_strbuf_append_cstr(&b, " and ");
            else if (k == n - 1) molt_strbuf_append_cstr(&b, ", and ");
            else molt_strbuf_append_cstr(&b, ", ");
        }
        molt_strbuf_append_char(&b, '\'');
        molt_strbuf_append_cstr(&b, co->varnames[i]);
        molt_strbuf_append_char(&b, '\'');
        k++;
    }
    MoltValue names = molt_strbuf_finish(&b);
    if (names == MOLT_ERROR) return;
    molt_err_format(&MoltExc_TypeError, "%s() missing %d required %s argument%s: %s", molt_str_data(f->qualname), n,
                    kind, n == 1 ? "" : "s", molt_str_data(names));
    molt_decref(names);
}

static void too_many_positional(const MoltFunction *f, const MoltValue *frame, size_t given) {
    const MoltCode *co = f->code;
    int64_t defcount = f->defaults == MOLT_NONE ? 0 : molt_tuple_size(f->defaults);
    int kwonly_given = 0;
    for (int i = co->argcount; i < co->argcount + co->kwonlyargcount; i++)
        if (frame[i] != MOLT_ERROR) kwonly_given++;
    char sig[64], kwsig[96] = "";
    bool plural;
    if (defcount) {
        plural = true;
        molt_snprintf(sig, sizeof sig, "from %lld to %d", (long long)(co->argcount - defcount), co->argcount);
    } else {
        plural = co->argcount != 1;
        molt_snprintf(sig, sizeof sig, "%d", co->argcount);
    }
    if (kwonly_given)
        molt_snprintf(kwsig, sizeof kwsig, " positional argument%s (and %d keyword-only argument%s)",
                 given != 1 ? "s" : "", kwonly_given, kwonly_given != 1 ? "s" : "");
    molt_err_format(&MoltExc_TypeError, "%s() takes %s positional argument%s but %zu%s %s given",
                    molt_str_data(f->qualname), sig, plural ? "s" : "", given, kwsig,
                    given == 1 && !kwonly_given ? "was" : "were");
}

static bool name_eq(MoltValue name, const char *cname) {
    return strlen(cname) == (size_t)molt_str_size(name) && memcmp(molt_str_data(name), cname, strlen(cname)) == 0;
}

/* initialize_locals: fills frame[0..nslots) with new references. 0 or -1. */
static int bind_arguments(const MoltFunction *f, MoltValue *frame, const MoltValue *args, size_t nargs,
                          MoltValue kwnames) {
    const MoltCode *co = f->code;
    int total = co->argcount + co->kwonlyargcount;
    int vararg_slot = (co->flags & MOLT_CO_VARARGS) ? total : -1;
    int varkw_slot = (co->flags & MOLT_CO_VARKEYWORDS) ? total + (vararg_slot >= 0) : -1;
    MoltValue kwdict = MOLT_NONE;
    if (varkw_slot >= 0) {
        kwdict = molt_dict_new();
        if (kwdict == MOLT_ERROR) return -1;
        frame[varkw_slot] = kwdict;
    }
    size_t n = nargs < (size_t)co->argcount ? nargs : (size_t)co->argcount;
    for (size_t i = 0; i < n; i++) frame[i] = molt_incref(args[i]);
    if (vararg_slot >= 0) {
        MoltValue t = molt_tuple_new((int64_t)(nargs - n));
        if (t == MOLT_ERROR) return -1;
        for (size_t i = n; i < nargs; i++) molt_tuple_set(t, (int64_t)(i - n), molt_incref(args[i]));
        frame[vararg_slot] = t;
    }
    int64_t nkw = kwnames ? molt_tuple_size(kwnames) : 0;
    for (int64_t k = 0; k < nkw; k++) {
        MoltValue name = molt_tuple_get(kwnames, k), value = args[nargs + (size_t)k];
        int j;
        for (j = co->posonlyargcount; j < total; j++)
            if (name_eq(name, co->varnames[j])) break;
        if (j == total) {
            if (varkw_slot >= 0) {
                if (molt_dict_setitem(kwdict, name, value) < 0) return -1;
                continue;
            }
            /* positional_only_passed_as_keyword */
            MoltStrBuf b;
            molt_strbuf_init(&b);
            int found = 0;
            for (int64_t k2 = 0; k2 < nkw; k2++)
                for (int p = 0; p < co->posonlyargcount; p++)
                    if (name_eq(molt_tuple_get(kwnames, k2), co->varnames[p])) {
                        if (found++) molt_strbuf_append_cstr(&b, ", ");
                        molt_strbuf_append_cstr(&b, co->varnames[p]);
                    }
            MoltValue s = molt_strbuf_finish(&b);
            if (s == MOLT_ERROR) return -1;
            if (found)
                molt_err_format(&MoltExc_TypeError,
                                "%s() got some positional-only arguments passed as keyword arguments: '%s'",
                                molt_str_data(f->qualname), molt_str_data(s));
            else
                molt_err_format(&MoltExc_TypeError, "%s() got an unexpected keyword argument '%s'",
                                molt_str_data(f->qualname), molt_str_data(name));
            molt_decref(s);
            return -1;
        }
        if (frame[j] != MOLT_ERROR) {
            molt_err_format(&MoltExc_TypeError, "%s() got multiple values for argument '%s'",
                            molt_str_data(f->qualname), molt_str_data(name));
            return -1;
        }
        frame[j] = molt_incref(value);
    }
    if (nargs > (size_t)co->argcount && vararg_slot < 0) {
        too_many_positional(f, frame, nargs);
        return -1;
    }
    if (nargs < (size_t)co->argcount) {
        int64_t defcount = f->defaults == MOLT_NONE ? 0 : molt_tuple_size(f->defaults);
        int m = co->argcount - (int)defcount;
        for (int i = (int)nargs; i < m; i++)
            if (frame[i] == MOLT_ERROR) {
                missing_arguments(f, frame, 0, m, "positional");
                return -1;
            }
        for (int i = (int)n > m ? (int)n - m : 0; i < defcount; i++)
            if (frame[m + i] == MOLT_ERROR) frame[m + i] = molt_incref(molt_tuple_get(f->defaults, i));
    }
    if (co->kwonlyargcount > 0) {
        int missing = 0;
        for (int i = co->argcount; i < total; i++) {
            if (frame[i] != MOLT_ERROR) continue;
            if (f->kwdefaults != MOLT_NONE) {
                MoltValue d = molt_dict_lookup_cstr(f->kwdefaults, co->varnames[i]);
                if (d != MOLT_ERROR) {
                    frame[i] = molt_incref(d);
                    continue;
                }
                if (molt_err_occurred()) return -1;
            }
            missing++;
        }
        if (missing) {
            missing_arguments(f, frame, co->argcount, total, "keyword-only");
            return -1;
        }
    }
    return 0;
}

MoltValue molt_function_vectorcall(MoltValue fv, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    MoltFunction *f = (MoltFunction *)molt_as_ptr(fv);
    const MoltCode *co = f->code;
    if (kwnames == 0 && (size_t)f->fast_nargs == nargs && nargs <= 8) {
        /* Binding is the identity. The frame still gets references of its own (as CPython's): a runtime caller
         * may pass items of a container that the callee mutates. */
        MoltValue frame[8];
        for (size_t i = 0; i < nargs; i++) frame[i] = molt_incref(args[i]);
        MoltValue r = MOLT_ERROR;
        if (molt_enter_call_inline() == 0) {
            r = co->fast(frame);
            molt_leave_call_inline();
        }
        for (size_t i = 0; i < nargs; i++) molt_decref(frame[i]);
        return r;
    }
    int nparams = co->argcount + co->kwonlyargcount + ((co->flags & MOLT_CO_VARARGS) ? 1 : 0) +
                  ((co->flags & MOLT_CO_VARKEYWORDS) ? 1 : 0);
    int nslots = nparams + co->nfree;
    MoltValue small[16];
    MoltValue *frame = nslots <= 16 ? small : malloc((size_t)nslots * sizeof(MoltValue));
    if (!frame) return molt_err_nomemory();
    for (int i = 0; i < nslots; i++) frame[i] = MOLT_ERROR;
    MoltValue r = MOLT_ERROR;
    if (bind_arguments(f, frame, args, nargs, kwnames) == 0) {
        for (int i = 0; i < co->nfree; i++) frame[nparams + i] = molt_incref(molt_tuple_get(f->closure, i));
        if (molt_enter_call_inline() == 0) {
            r = co->fast(frame);
            molt_leave_call_inline();
        }
    }
    for (int i = 0; i < nslots; i++) molt_xdecref(frame[i]);
    if (frame != small) free(frame);
    return r;
}

MoltType MoltFunction_Type = {
    .ob = MOLT_STATIC_HEADER(&MoltType_Type),
    .tp_name = "function",
    .tp_index = MOLT_TI_FUNCTION,
    .tp_basicsize = sizeof(MoltFunction),
    .tp_dealloc = function_dealloc,
    .tp_repr = function_repr,
    .tp_hash = molt_identity_hash,
    .tp_base = &MoltBaseObject_Type,
    .tp_mro = MOLT_NONE,
    .tp_dict = MOLT_NONE,
    .tp_call = molt_function_vectorcall,
    .tp_dictoffset = offsetof(MoltFunction, dict),
};

/* ---- bound methods ------------------------------------------------------------------------ */

MoltValue molt_callable_getattr(MoltValue o, MoltValue name) {
    MoltType *t = molt_type_of(o);
    const char *n = molt_str_data(name);
    if (t == &MoltMethod_Type) {
        MoltMethod *m = (MoltMethod *)molt_as_ptr(o);
        if (strcmp(n, "__func__") == 0) return molt_incref(m->func);
        if (strcmp(n, "__self__") == 0) return molt_incref(m->self);
        if (strcmp(n, "__class__") == 0) return molt_from_ptr(t);
        return molt_getattr(m->func, name); /* method_getattro falls back to the function's attributes */
    }
    if (t == &MoltBuiltin_Type) {
        MoltBuiltin *b = (MoltBuiltin *)molt_as_ptr(o);
        if (strcmp(n, "__name__") == 0 || strcmp(n, "__qualname__") == 0) return molt_str_from_cstr(b->name);
        if (strcmp(n, "__self__") == 0) return molt_incref(b->self);
        if (strcmp(n, "__doc__") == 0) return MOLT_NONE;
    }
    return MOLT_NOTIMPLEMENTED;
}

MoltValue molt_method_new(MoltValue func, MoltValue self) {
    MoltMethod *m = molt_alloc_fixed(&MoltMethod_Type);
    if (!m) return MOLT_ERROR;
    m->func = molt_incref(func);
    m->self = molt_incref(self);
    return molt_from_ptr(m);
}

static void method_dealloc(MoltObject *o) {
    MoltMethod *m = (MoltMethod *)o;
    molt_decref(m->func);
    molt_decref(m->self);
    molt_free_fixed(o);
}

static MoltValue method_vectorcall(MoltValue mv, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    MoltMethod *m = (MoltMethod *)molt_as_ptr(mv);
    size_t total = nargs + (kwnames ? (size_t)molt_tuple_size(kwnames) : 0);
    MoltValue small[8];
    MoltValue *all = total + 1 <= 8 ? small : malloc((total + 1) * sizeof(MoltValue));
    if (!all) return molt_err_nomemory();
    all[0] = m->self;
    if (total) memcpy(all + 1, args, total * sizeof(MoltValue));
    MoltValue r = molt_call(m->func, all, nargs + 1, kwnames);
    if (all != small) free(all);
    return r;
}

static MoltValue method_repr(MoltValue v) {
    MoltMethod *m = (MoltMethod *)molt_as_ptr(v);
    MoltValue fr = MOLT_ERROR;
    const char *qual = "?";
    if (molt_type_of(m->func) == &MoltFunction_Type) qual = molt_str_data(((MoltFunction *)molt_as_ptr(m->func))->qualname);
    MoltValue sr = molt_repr(m->self);
    if (sr == MOLT_ERROR) return sr;
    MoltStrBuf b;
    molt_strbuf_init(&b);
    molt_strbuf_append_cstr(&b, "<bound method ");
    molt_strbuf_append_cstr(&b, qual);
    molt_strbuf_append_cstr(&b, " of ");
    molt_strbuf_append_str(&b, sr);
    molt_strbuf_append_char(&b, '>');
    molt_decref(sr);
    (void)fr;
    return molt_strbuf_finish(&b);
}

MoltType MoltMethod_Type = {
    .ob = MOLT_STATIC_HEADER(&MoltType_Type),
    .tp_name = "method",
    .tp_index = MOLT_TI_METHOD,
    .tp_basicsize = sizeof(MoltMethod),
    .tp_dealloc = method_dealloc,
    .tp_repr = method_repr,
    .tp_base = &MoltBaseObject_Type,
    .tp_mro = MOLT_NONE,
    .tp_dict = MOLT_NONE,
    .tp_call = method_vectorcall,
};
