/*
 * molt/call.h — calling: the vector entry, builtin functions, Molt function
 * objects, argument binding, cells, bound methods, the recursion limit.
 *
 * Every callable is called through molt_call (PEP 590 vectorcall):
 *   molt_call(f, args, nargs, kwnames)
 * args[0..nargs) are the positional arguments, followed by len(kwnames)
 * keyword values; kwnames is a tuple of str or 0 (no keywords). All borrowed;
 * the result is a new reference or MOLT_ERROR.
 *
 * Molt function objects (MoltFunction) carry a *code descriptor*
 * (MoltCode, static data emitted by the C backend) with the parameter names and
 * kinds, and two entries:
 *   - `fast`: the fixed-arity C function the compiler calls directly at known
 *     call sites: MoltValue f(MoltValue *frame) where frame[0..code->nlocals)
 *     holds the bound parameters (positional-only, positional-or-keyword,
 *     *args tuple, keyword-only, **kwargs dict, in that order, as CPython's
 *     co_varnames), then the closure cells. The callee borrows the frame.
 *   - the vector entry, molt_function_vectorcall, which binds arguments
 *     exactly as CPython's (positional, keyword, defaults, keyword-only,
 *     positional-only, *args, **kwargs; same TypeError messages), fills a frame
 *     and calls `fast`.
 *
 * Builtin functions (MoltBuiltin) are C functions with the vector signature
 * plus a name; they parse their own arguments (helpers below).
 *
 * Recursion: molt_enter_call() / molt_leave_call() bracket every call through
 * the vector entry and the fast entry of compiled code; past
 * molt_recursion_limit (1000, like CPython) the call raises RecursionError
 * "maximum recursion depth exceeded".
 *
 * Source followed: CPython 3.12 Python/ceval.c (initialize_locals and its
 * error messages: missing_arguments, too_many_positional,
 * positional_only_passed_as_keyword), Objects/call.c, Objects/funcobject.c,
 * Objects/cellobject.c, Objects/classobject.c (method).
 */
#ifndef MOLT_CALL_H
#define MOLT_CALL_H

#include "molt/object.h"

extern MoltType MoltFunction_Type, MoltBuiltin_Type, MoltMethod_Type, MoltCell_Type;

MoltValue molt_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames);
/* f(*args, **kwargs): args a tuple, kwargs a dict or MOLT_NONE. */
MoltValue molt_call_ex(MoltValue callable, MoltValue args, MoltValue kwargs);
MoltValue molt_call0(MoltValue f);
MoltValue molt_call1(MoltValue f, MoltValue a);
MoltValue molt_call2(MoltValue f, MoltValue a, MoltValue b);
/* callable(v) */
bool molt_is_callable(MoltValue v);

/* ---- recursion limit ---------------------------------------------------- */
extern int molt_recursion_limit;
/* The number of calls entered and not yet left (molt_enter_call - molt_leave_call). */
extern int molt_call_depth;
/* 0, or -1 with RecursionError set; always pair a 0 with molt_leave_call. */
int molt_enter_call(void);
void molt_leave_call(void);
/* The slow path of molt_enter_call_inline: undoes the increment, sets RecursionError, returns -1. */
int molt_recursion_overflow(void);
/* molt_enter_call / molt_leave_call for inlining into generated code and call.c: an increment and a
 * compare on the fast path. */
static inline int molt_enter_call_inline(void) {
    if (MOLT_UNLIKELY(++molt_call_depth > molt_recursion_limit)) return molt_recursion_overflow();
    return 0;
}
static inline void molt_leave_call_inline(void) { molt_call_depth--; }

/* ---- builtin functions ---------------------------------------------------- */
typedef struct MoltBuiltin {
    MoltObject ob;
    const char *name;          /* e.g. "len" */
    molt_vectorcallfunc call;  /* receives the MoltBuiltin itself as callable */
    MoltValue self;            /* bound receiver (a method of an object) or MOLT_NONE; owned */
    const void *data;          /* the method table entry of a builtin method (methods.c), or NULL */
} MoltBuiltin;

/* Static initializer for an immortal builtin function. */
#define MOLT_BUILTIN_INIT(pyname, fn) {MOLT_STATIC_HEADER(&MoltBuiltin_Type), (pyname), (fn), MOLT_NONE, NULL}
/* A new builtin method object bound to `self` (borrowed). */
MoltValue molt_builtin_new(const char *name, molt_vectorcallfunc fn, MoltValue self);

/* Argument helpers for builtins (CPython's messages):
 * TypeError "len() takes exactly one argument (2 given)",
 * "f() takes at most 2 arguments (3 given)", "f() takes no keyword arguments". */
int molt_arg_no_kw(const char *fname, MoltValue kwnames);
int molt_arg_count(const char *fname, size_t nargs, size_t min, size_t max);

/* ---- Molt functions -------------------------------------------------------- */
#define MOLT_CO_VARARGS 0x04     /* has *args */
#define MOLT_CO_VARKEYWORDS 0x08 /* has **kwargs */

typedef MoltValue (*molt_fastfunc)(MoltValue *frame);

/* Static description of a compiled function (CPython's code object, reduced). */
typedef struct MoltCode {
    const char *name;         /* co_name */
    const char *qualname;     /* co_qualname */
    int argcount;             /* positional parameters incl. positional-only */
    int posonlyargcount;
    int kwonlyargcount;
    int flags;                /* MOLT_CO_VARARGS | MOLT_CO_VARKEYWORDS */
    int nfree;                /* closure cells appended after the parameters */
    const char *const *varnames; /* argcount + kwonlyargcount (+1 *args) (+1 **kwargs) names */
    molt_fastfunc fast;
    const char *doc;          /* the docstring (UTF-8), or NULL: __doc__ is None */
} MoltCode;

typedef struct MoltFunction {
    MoltObject ob;
    const MoltCode *code;
    MoltValue defaults;   /* tuple or MOLT_NONE (owned) */
    MoltValue kwdefaults; /* dict or MOLT_NONE (owned) */
    MoltValue closure;    /* tuple of cells or MOLT_NONE (owned) */
    MoltValue name, qualname; /* str (owned) */
    MoltValue dict;       /* function attributes (dict) or MOLT_NONE */
    MoltValue annotations; /* dict, or MOLT_NONE until first read (owned) */
    MoltValue doc, module; /* __doc__, __module__ (owned) */
    /* code->argcount when a call with exactly that many positional arguments and no keywords binds them
     * one to one (no keyword-only parameters, no star parameters, no closure cells), so the caller may pass
     * its argument array as the frame of code->fast (molt_cg_call in molt/codegen.h); else -1. */
    int fast_nargs;
} MoltFunction;

/* py.make_function: defaults tuple/None, kwdefaults dict/None, closure tuple of
 * cells/None (all borrowed). */
MoltValue molt_function_new(const MoltCode *code, MoltValue defaults, MoltValue kwdefaults, MoltValue closure);
MoltValue molt_function_vectorcall(MoltValue f, const MoltValue *args, size_t nargs, MoltValue kwnames);
/* The attributes a function has as CPython's func_getsetlist/func_memberlist
 * (Objects/funcobject.c): __name__, __qualname__, __doc__, __module__,
 * __defaults__, __kwdefaults__, __annotations__ (a new dict on first read).
 * Returns a new reference, or MOLT_NOTIMPLEMENTED (nothing set) when `name`
 * (a str) is not one of them, so the generic lookup (__dict__) goes on. */
MoltValue molt_function_getattr(MoltValue f, MoltValue name);
/* Sets (v) or deletes (v == MOLT_ERROR) one of those attributes with CPython's
 * type checks (TypeError "__defaults__ must be set to a tuple object", ...).
 * Returns 0, -1 with an exception set, or 1 when `name` is not one of them. */
int molt_function_setattr(MoltValue f, MoltValue name, MoltValue v);

/* ---- cells (py.cell.*) -------------------------------------------------------- */
/* content MOLT_ERROR: an empty cell. */
MoltValue molt_cell_new(MoltValue content);
/* The content (new reference); empty: NameError "cannot access free variable
 * 'x' where it is not associated with a value in enclosing scope" when
 * `is_free`, else UnboundLocalError "cannot access local variable 'x' where it
 * is not associated with a value". */
MoltValue molt_cell_get(MoltValue cell, const char *name, bool is_free);
/* Stores a new reference to v (borrowed); MOLT_ERROR empties the cell. */
void molt_cell_set(MoltValue cell, MoltValue v);

/* ---- bound methods ------------------------------------------------------------ */
typedef struct MoltMethod {
    MoltObject ob;
    MoltValue func, self; /* owned */
} MoltMethod;

MoltValue molt_method_new(MoltValue func, MoltValue self);
/* Attributes of bound methods (__func__, __self__, then the function's own, as CPython's
 * method_getattro) and of builtin functions (__name__, __qualname__, __self__, __doc__ None): a new
 * reference, MOLT_ERROR, or MOLT_NOTIMPLEMENTED (nothing set) when `o` has no such attribute here. */
MoltValue molt_callable_getattr(MoltValue o, MoltValue name);

#endif
