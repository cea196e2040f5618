/*
 * exceptions.c — the builtin exception types and the current exception.
 *
 * Source followed: CPython 3.12 Objects/exceptions.c (BaseException_repr,
 * BaseException_str, KeyError_str) and Python/errors.c.
 */
#include "molt/fmt.h"
#include "molt/molt.h"
#include "molt/suggestions.h"

#include <stdarg.h>
#include <stdlib.h>

#if defined(__wasi__)
#define MOLT_THREAD_LOCAL
#else
#define MOLT_THREAD_LOCAL _Thread_local
#endif

static MOLT_THREAD_LOCAL MoltValue current_exc = MOLT_NONE;

/* ---- the exception object ----------------------------------------------- */

static void free_traceback(MoltTraceEntry *t) {
    while (t) {
        MoltTraceEntry *next = t->next;
        free(t);
        t = next;
    }
}

static void exc_dealloc(MoltObject *o) {
    MoltException *e = (MoltException *)o;
    molt_decref(e->args);
    molt_decref(e->dict);
    molt_decref(e->name);
    molt_decref(e->obj);
    free_traceback(e->traceback);
    molt_free_object(o);
}

MoltValue molt_exc_new(MoltType *type, MoltValue args) {
    MoltException *e = molt_alloc_object(type, sizeof(MoltException));
    if (!e) return MOLT_ERROR;
    e->args = molt_incref(args);
    e->traceback = NULL;
    e->dict = MOLT_NONE;
    e->name = MOLT_NONE;
    e->obj = MOLT_NONE;
    return molt_from_ptr(e);
}

MoltValue molt_exc_args(MoltValue exc) { return ((MoltException *)molt_as_ptr(exc))->args; }

bool molt_is_exception(MoltValue v) {
    return molt_is_ptr(v) && (molt_as_ptr(v)->type->tp_flags & MOLT_TPFLAG_BASE_EXC);
}

static MoltValue exc_str(MoltValue v) {
    MoltValue args = molt_exc_args(v);
    switch (molt_tuple_size(args)) {
    case 0: return molt_str_from_cstr("");
    case 1: return molt_str(molt_tuple_get(args, 0));
    default: return molt_str(args);
    }
}

static MoltValue keyerror_str(MoltValue v) {
    /* KeyError shows repr(key) so that KeyError('') is readable. */
    MoltValue args = molt_exc_args(v);
    if (molt_tuple_size(args) == 1) return molt_repr(molt_tuple_get(args, 0));
    return exc_str(v);
}

static MoltValue exc_repr(MoltValue v) {
    MoltValue args = molt_exc_args(v);
    MoltValue inner = molt_tuple_size(args) == 1 ? molt_repr(molt_tuple_get(args, 0)) : molt_repr(args);
    if (inner == MOLT_ERROR) return MOLT_ERROR;
    MoltStrBuf b;
    molt_strbuf_init(&b);
    molt_strbuf_append_cstr(&b, molt_as_ptr(v)->type->tp_name);
    if (molt_tuple_size(args) == 1) molt_strbuf_append_char(&b, '(');
    molt_strbuf_append_str(&b, inner);
    if (molt_tuple_size(args) == 1) molt_strbuf_append_char(&b, ')');
    molt_decref(inner);
    return molt_strbuf_finish(&b);
}

/* Calling a builtin exception type: BaseException_new + BaseException_init
 * (CPython 3.12 Objects/exceptions.c): args become the positional arguments;
 * keyword arguments are refused. */
static MoltValue exc_type_call(MoltValue cls, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    MoltType *t = (MoltType *)molt_as_ptr(cls);
    if (kwnames && molt_tuple_size(kwnames) > 0) {
        molt_err_format(&MoltExc_TypeError, "%s() takes no keyword arguments", t->tp_name);
        return MOLT_ERROR;
    }
    MoltValue a = molt_tuple_new((int64_t)nargs);
    if (a == MOLT_ERROR) return a;
    for (size_t i = 0; i < nargs; i++) molt_tuple_set(a, (int64_t)i, molt_incref(args[i]));
    MoltValue e = molt_exc_new(t, a);
    molt_decref(a);
    return e;
}

static MoltHash exc_hash(MoltValue v) {
    uint64_t p = v & MOLT_PAYLOAD_MASK;
    MoltHash h = (MoltHash)((p >> 4) | (p << 60));
    return h == -1 ? -2 : h;
}

#define MOLT_DEFINE_EXC(name, base)                                  \
    MoltType MoltExc_##name = {                                      \
        .ob = MOLT_STATIC_HEADER(&MoltType_Type),                    \
        .tp_name = #name,                                            \
        .tp_basicsize = sizeof(MoltException),                       \
        .tp_dictoffset = offsetof(MoltException, dict),              \
        .tp_flags = MOLT_TPFLAG_BASE_EXC,                            \
        .tp_dealloc = exc_dealloc,                                   \
        .tp_repr = exc_repr,                                         \
        .tp_str = exc_str,                                           \
        .tp_hash = exc_hash,                                         \
        .tp_vectorcall = exc_type_call,                              \
        .tp_base = (MoltType *)&Molt##base##_BASE,                   \
        .tp_mro = MOLT_NONE,                                         \
        .tp_dict = MOLT_NONE,                                        \
    };

/* Every base is spelled MoltX_BASE so the X-macro can name object and exceptions alike. */
#define MoltBaseObject_BASE MoltBaseObject_Type
#define MOLT_BASE_ALIAS(name, base) extern MoltType MoltExc_##name;
MOLT_FOR_EACH_EXCEPTION(MOLT_BASE_ALIAS)
#define MoltBaseException_BASE MoltExc_BaseException
#define MoltException_BASE MoltExc_Exception
#define MoltArithmeticError_BASE MoltExc_ArithmeticError
#define MoltImportError_BASE MoltExc_ImportError
#define MoltLookupError_BASE MoltExc_LookupError
#define MoltNameError_BASE MoltExc_NameError
#define MoltRuntimeError_BASE MoltExc_RuntimeError
#define MoltValueError_BASE MoltExc_ValueError
#define MoltUnicodeError_BASE MoltExc_UnicodeError
#define MoltOSError_BASE MoltExc_OSError
#define MoltConnectionError_BASE MoltExc_ConnectionError
#define MoltSyntaxError_BASE MoltExc_SyntaxError
#define MoltIndentationError_BASE MoltExc_IndentationError
#define MoltWarning_BASE MoltExc_Warning

MOLT_FOR_EACH_EXCEPTION(MOLT_DEFINE_EXC)

int molt_exceptions_init(void) {
    MoltExc_KeyError.tp_str = keyerror_str;
    return 0; /* the classes are readied on first use (molt_type_mro), so a class nothing names is not linked */
}

/* ---- the current exception ---------------------------------------------- */

void molt_err_set_raised(MoltValue exc) {
    MoltValue old = current_exc;
    current_exc = exc;
    molt_decref(old);
}

MoltValue molt_err_handled = MOLT_NONE;

void molt_err_set_context(MoltValue exc) {
    static bool busy; /* recording the context may itself fail (MemoryError): no recursion */
    MoltValue h = molt_err_handled;
    if (busy || h == MOLT_NONE || h == exc || !molt_is_exception(h) || !molt_is_exception(exc)) return;
    if (((MoltException *)molt_as_ptr(exc))->ob.refcnt < 0) return; /* the preallocated MemoryError */
    busy = true;
    MoltValue saved = molt_err_fetch();
    MoltValue name = molt_dunder("__context__");
    MoltValue o = h;
    for (int i = 0; i < 100; i++) {
        MoltValue d = ((MoltException *)molt_as_ptr(o))->dict;
        if (d == MOLT_NONE) break;
        MoltValue c = molt_dict_lookup(d, name);
        if (c == MOLT_ERROR || !molt_is_exception(c)) break;
        if (c == exc) {
            (void)molt_dict_delitem(d, name);
            break;
        }
        o = c;
    }
    /* Stored straight into the exception's dict, as CPython's PyException_SetContext sets the field (no
     * attribute lookup: that would link molt_setattr and its descriptor machinery into every program). */
    MoltException *e = (MoltException *)molt_as_ptr(exc);
    if (e->dict == MOLT_NONE) {
        MoltValue d = molt_dict_new();
        if (d != MOLT_ERROR) e->dict = d;
    }
    if (e->dict != MOLT_NONE && molt_dict_setitem(e->dict, name, h) < 0) molt_err_clear();
    molt_err_clear();
    if (saved != MOLT_NONE) molt_err_set_raised(saved);
    busy = false;
}

static MoltValue preallocated_memory_error(void) {
    /* An immortal MemoryError() so running out of memory can still be reported. */
    static MoltTuple empty = {MOLT_STATIC_HEADER(&MoltTuple_Type), 0};
    static MoltException memerr = {MOLT_STATIC_HEADER(&MoltExc_MemoryError), 0, NULL, MOLT_NONE, MOLT_NONE, MOLT_NONE};
    memerr.args = molt_from_ptr(&empty);
    return molt_from_ptr(&memerr);
}

MoltValue molt_err_nomemory(void) {
    molt_err_set_raised(preallocated_memory_error());
    return MOLT_ERROR;
}

void molt_err_set_object(MoltType *type, MoltValue arg) {
    MoltValue args = molt_tuple_new(1);
    if (args == MOLT_ERROR) return;
    molt_tuple_set(args, 0, molt_incref(arg));
    MoltValue exc = molt_exc_new(type, args);
    molt_decref(args);
    if (exc == MOLT_ERROR) return;
    molt_err_set_context(exc);
    molt_err_set_raised(exc);
}

void molt_err_set(MoltType *type, const char *msg) {
    MoltValue s = molt_str_from_cstr(msg);
    if (s == MOLT_ERROR) return;
    molt_err_set_object(type, s);
    molt_decref(s);
}

void molt_err_format(MoltType *type, const char *fmt, ...) {
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = molt_vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) n = 0;
    if ((size_t)n < sizeof small) {
        molt_err_set(type, small);
        return;
    }
    char *big = malloc((size_t)n + 1);
    if (!big) {
        molt_err_nomemory();
        return;
    }
    va_start(ap, fmt);
    molt_vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    molt_err_set(type, big);
    free(big);
}

MoltType *molt_err_occurred(void) {
    return current_exc == MOLT_NONE ? NULL : molt_as_ptr(current_exc)->type;
}

bool molt_err_matches(const MoltType *type) {
    MoltType *t = molt_err_occurred();
    return t && molt_type_is_subtype(t, type);
}

MoltValue molt_err_fetch(void) {
    MoltValue e = current_exc;
    current_exc = MOLT_NONE;
    return e;
}

void molt_err_restore(MoltValue exc) { molt_err_set_raised(exc); }

void molt_err_clear(void) { molt_err_set_raised(MOLT_NONE); }

void molt_traceback_here(const char *file, int line, const char *func) {
    molt_traceback_frame(file, line, func, NULL);
}

void molt_traceback_frame(const char *file, int line, const char *func, const MoltFrameNames *names) {
    if (current_exc == MOLT_NONE) return;
    MoltException *e = (MoltException *)molt_as_ptr(current_exc);
    if (e->ob.refcnt < 0) return; /* the preallocated MemoryError keeps no frames */
    MoltTraceEntry *t = malloc(sizeof *t);
    if (!t) return; /* losing a frame beats losing the exception */
    t->file = file;
    t->line = line;
    t->func = func;
    t->names = names;
    t->next = e->traceback;
    e->traceback = t;
}

static void print_traceback_of(MoltException *e) {
    if (!e->traceback) return;
    MoltStrBuf b;
    molt_strbuf_init(&b);
    molt_strbuf_append_cstr(&b, "Traceback (most recent call last):\n");
    char num[24];
    for (MoltTraceEntry *t = e->traceback; t; t = t->next) {
        molt_strbuf_append_cstr(&b, "  File \"");
        molt_strbuf_append_cstr(&b, t->file);
        molt_snprintf(num, sizeof num, "\", line %d, in ", t->line);
        molt_strbuf_append_cstr(&b, num);
        molt_strbuf_append_cstr(&b, t->func);
        molt_strbuf_append_char(&b, '\n');
    }
    if (!b.failed) molt_stderr_write(b.data, b.len);
    molt_strbuf_release(&b);
}

static void print_exception_line(MoltValue exc);

/* A chaining attribute (__cause__, __context__, __suppress_context__) stored in the exception's dict by
 * `raise ... from ...` / a raise inside a handler, borrowed; MOLT_NONE when absent. */
static MoltValue chain_attr(MoltException *e, const char *name) {
    if (e->dict == MOLT_NONE) return MOLT_NONE;
    MoltValue v = molt_dict_lookup(e->dict, molt_dunder(name));
    if (v == MOLT_ERROR) {
        molt_err_clear();
        return MOLT_NONE;
    }
    return v;
}

/* CPython 3.12 Python/pythonrun.c print_exception_recursive: the cause (or the context, unless
 * suppressed) first, then this exception's traceback and line. `depth` bounds cycles. */
static void print_exception_chain(MoltValue exc, int depth) {
    MoltException *e = (MoltException *)molt_as_ptr(exc);
    if (depth < 32) {
        MoltValue cause = chain_attr(e, "__cause__");
        MoltValue context = chain_attr(e, "__context__");
        bool suppress = chain_attr(e, "__suppress_context__") == MOLT_TRUE;
        if (molt_is_exception(cause)) {
            print_exception_chain(cause, depth + 1);
            static const char msg[] = "\nThe above exception was the direct cause of the following exception:\n\n";
            molt_stderr_write(msg, sizeof msg - 1);
        } else if (!suppress && molt_is_exception(context)) {
            print_exception_chain(context, depth + 1);
            static const char msg[] = "\nDuring handling of the above exception, another exception occurred:\n\n";
            molt_stderr_write(msg, sizeof msg - 1);
        }
    }
    print_traceback_of(e);
    print_exception_line(exc);
}

void molt_err_print_traceback(void) {
    if (current_exc == MOLT_NONE) return;
    MoltValue exc = molt_err_fetch();
    print_exception_chain(exc, 0);
    molt_decref(exc);
}

_Noreturn void molt_exit_uncaught(void) {
    int status = 1;
    if (molt_err_matches(&MoltExc_SystemExit)) {
        MoltValue exc = molt_err_fetch();
        MoltValue args = molt_exc_args(exc);
        int64_t n = molt_tuple_size(args);
        MoltValue code = n == 0 ? MOLT_NONE : n == 1 ? molt_tuple_get(args, 0) : args;
        int64_t v;
        if (code == MOLT_NONE) {
            status = 0;
        } else if (molt_is_intlike(code) && molt_int_as_i64(code, &v) == 0) {
            status = (int)v;
        } else {
            molt_err_clear();
            MoltValue s = molt_str(code);
            if (s != MOLT_ERROR) {
                molt_stderr_write(molt_str_data(s), (size_t)molt_str_size(s));
                molt_stderr_write("\n", 1);
                molt_decref(s);
            }
            molt_err_clear();
            status = 1;
        }
        molt_decref(exc);
    } else {
        molt_err_print_traceback();
    }
    molt_exit(status);
}

void molt_err_print(void) {
    MoltValue exc = molt_err_fetch();
    if (exc == MOLT_NONE) return;
    print_exception_line(exc);
    molt_decref(exc);
}

/* "Type: str(exc)" (or just "Type" when str is empty) on stderr, then CPython 3.11's suggestion for a NameError
 * or AttributeError, ". Did you mean: 'NAME'?" (Python/pythonrun.c print_exception_suggestions). */
static void print_exception_line(MoltValue exc) {
    MoltStrBuf b;
    molt_strbuf_init(&b);
    molt_strbuf_append_cstr(&b, molt_as_ptr(exc)->type->tp_name);
    MoltValue s = molt_str(exc);
    if (s == MOLT_ERROR) {
        molt_err_clear();
        molt_strbuf_append_cstr(&b, ": <exception str() failed>");
    } else {
        if (molt_str_size(s) > 0) {
            molt_strbuf_append(&b, ": ", 2);
            molt_strbuf_append_str(&b, s);
        }
        molt_decref(s);
    }
    MoltValue suggestion = molt_suggestion_for(exc);
    if (suggestion != MOLT_NONE) {
        molt_strbuf_append_cstr(&b, ". Did you mean: '");
        molt_strbuf_append_str(&b, suggestion);
        molt_strbuf_append_cstr(&b, "'?");
        molt_decref(suggestion);
    }
    molt_strbuf_append_char(&b, '\n');
    if (!b.failed) molt_stderr_write(b.data, b.len);
    molt_strbuf_release(&b);
}
