/*
 * molt/errors.h — the current exception and the builtin exception hierarchy.
 *
 * Convention (CPython's): a runtime function that fails sets the current
 * exception and returns a sentinel — MOLT_ERROR for MoltValue results, -1 for
 * int/MoltHash results, NULL for pointers. The caller checks the sentinel and
 * either handles the exception (molt_err_matches + molt_err_clear) or returns
 * its own sentinel. There is one current exception per runtime (the runtime is
 * single-threaded; MOLT_THREAD_LOCAL is empty on wasm32-wasi).
 *
 * The current exception is one exception object, as in CPython 3.12's
 * PyErr_GetRaisedException/PyErr_SetRaisedException (3.11 kept a
 * (type, value, traceback) triple; a program cannot tell the difference).
 *
 * Source followed: CPython 3.12 Python/errors.c, Objects/exceptions.c.
 */
#ifndef MOLT_ERRORS_H
#define MOLT_ERRORS_H

#include "molt/object.h"

/* One traceback entry (CPython's PyTracebackObject, reduced). `file` and
 * `func` must have static storage (string literals in generated code). */
typedef struct MoltTraceEntry {
    struct MoltTraceEntry *next; /* the next frame inwards (towards the raise) */
    const char *file;
    const char *func;
    int line;
    const struct MoltFrameNames *names; /* the frame's names for suggestions (molt/suggestions.h), or NULL */
} MoltTraceEntry;

/* PyBaseExceptionObject, reduced: args is always a tuple. */
typedef struct MoltException {
    MoltObject ob;
    MoltValue args;            /* owned tuple */
    MoltTraceEntry *traceback; /* owned list, outermost frame first; NULL if none */
    MoltValue dict;            /* instance attributes: a dict, or MOLT_NONE until the first one is set */
    /* NameError.name, AttributeError.name / .obj (CPython's members): what the failing lookup looked up,
     * recorded by molt_err_record_name / molt_err_record_attribute (owned); MOLT_NONE when not recorded. */
    MoltValue name, obj;
} MoltException;

/* The builtin exception types (Objects/exceptions.c), in hierarchy order. */
#define MOLT_FOR_EACH_EXCEPTION(X)                       \
    X(BaseException, BaseObject)                         \
    X(SystemExit, BaseException)                         \
    X(KeyboardInterrupt, BaseException)                  \
    X(GeneratorExit, BaseException)                      \
    X(Exception, BaseException)                          \
    X(StopIteration, Exception)                          \
    X(StopAsyncIteration, Exception)                     \
    X(ArithmeticError, Exception)                        \
    X(FloatingPointError, ArithmeticError)               \
    X(OverflowError, ArithmeticError)                    \
    X(ZeroDivisionError, ArithmeticError)                \
    X(AssertionError, Exception)                         \
    X(AttributeError, Exception)                         \
    X(BufferError, Exception)                            \
    X(EOFError, Exception)                               \
    X(ImportError, Exception)                            \
    X(ModuleNotFoundError, ImportError)                  \
    X(LookupError, Exception)                            \
    X(IndexError, LookupError)                           \
    X(KeyError, LookupError)                             \
    X(MemoryError, Exception)                            \
    X(NameError, Exception)                              \
    X(UnboundLocalError, NameError)                      \
    X(OSError, Exception)                                \
    X(BlockingIOError, OSError)                          \
    X(ChildProcessError, OSError)                        \
    X(ConnectionError, OSError)                          \
    X(BrokenPipeError, ConnectionError)                  \
    X(ConnectionAbortedError, ConnectionError)           \
    X(ConnectionRefusedError, ConnectionError)           \
    X(ConnectionResetError, ConnectionError)             \
    X(FileExistsError, OSError)                          \
    X(FileNotFoundError, OSError)                        \
    X(InterruptedError, OSError)                         \
    X(IsADirectoryError, OSError)                        \
    X(NotADirectoryError, OSError)                       \
    X(PermissionError, OSError)                          \
    X(ProcessLookupError, OSError)                       \
    X(TimeoutError, OSError)                             \
    X(ReferenceError, Exception)                         \
    X(RuntimeError, Exception)                           \
    X(NotImplementedError, RuntimeError)                 \
    X(RecursionError, RuntimeError)                      \
    X(SyntaxError, Exception)                            \
    X(IndentationError, SyntaxError)                     \
    X(TabError, IndentationError)                        \
    X(SystemError, Exception)                            \
    X(TypeError, Exception)                              \
    X(ValueError, Exception)                             \
    X(UnicodeError, ValueError)                          \
    X(UnicodeEncodeError, UnicodeError)                  \
    X(UnicodeDecodeError, UnicodeError)                  \
    X(UnicodeTranslateError, UnicodeError)               \
    X(Warning, Exception)                                \
    X(DeprecationWarning, Warning)                       \
    X(PendingDeprecationWarning, Warning)                \
    X(RuntimeWarning, Warning)                           \
    X(SyntaxWarning, Warning)                            \
    X(UserWarning, Warning)                              \
    X(FutureWarning, Warning)                            \
    X(ImportWarning, Warning)                            \
    X(UnicodeWarning, Warning)                           \
    X(BytesWarning, Warning)                             \
    X(ResourceWarning, Warning)                          \
    X(EncodingWarning, Warning)

#define MOLT_DECLARE_EXC(name, base) extern MoltType MoltExc_##name;
MOLT_FOR_EACH_EXCEPTION(MOLT_DECLARE_EXC)
#undef MOLT_DECLARE_EXC

/* Set the current exception to type(msg). msg is UTF-8 (copied). */
void molt_err_set(MoltType *type, const char *msg);
/* printf-style message; %R and %S are NOT supported — build the text first. */
void molt_err_format(MoltType *type, const char *fmt, ...)
#if defined(__GNUC__) || defined(__clang__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* Set type(arg) (args = (arg,)). arg borrowed. */
void molt_err_set_object(MoltType *type, MoltValue arg);
/* Set an exception instance as current. Steals `exc`. */
void molt_err_set_raised(MoltValue exc);
/* The exception an except block is handling (borrowed; MOLT_NONE outside handlers). The generated code
 * keeps it equal to its handled exception (py.exc_push / py.exc_pop). */
extern MoltValue molt_err_handled;
/* Implicit chaining, as CPython's _PyErr_SetObject: when an exception is handled and is not `exc`,
 * it becomes exc.__context__ (stored in exc's dict), a cycle through its context chain being cut.
 * Never fails (a failure to record the context is dropped). molt_err_set/_format/_set_object call it. */
void molt_err_set_context(MoltValue exc);
/* MemoryError(); returns MOLT_ERROR for convenience. */
MoltValue molt_err_nomemory(void);

/* The current exception's type (borrowed), or NULL when none is set. */
MoltType *molt_err_occurred(void);
/* 1 when an exception is set and it is an instance of `type` (or a subclass). */
bool molt_err_matches(const MoltType *type);
/* Take the current exception (new reference) and clear it; MOLT_NONE if none. */
MoltValue molt_err_fetch(void);
/* Make `exc` current again (steals; MOLT_NONE clears). */
void molt_err_restore(MoltValue exc);
void molt_err_clear(void);
/* Print the current exception as "Type: message" (CPython's last traceback
 * line) to stderr, after flushing stdout, and clear it. */
void molt_err_print(void);

/* Record that the current exception unwinds out of `func` at file:line
 * (PyTraceBack_Here). Compiled code calls it once per frame as the exception
 * propagates, innermost frame first. No-op when no exception is set. */
void molt_traceback_here(const char *file, int line, const char *func);
/* molt_traceback_here that also records the frame's names for "Did you mean" (molt/suggestions.h; names may be
 * NULL: not known). */
void molt_traceback_frame(const char *file, int line, const char *func, const struct MoltFrameNames *names);
/* Record on the current exception, if it is a NameError, exc.name = name (CPython's format_exc_check_arg), for
 * "Did you mean" (molt/suggestions.h). Never fails. */
void molt_err_record_name(const char *name);
/* Record on the current exception, if it is an AttributeError whose name and obj are not set yet,
 * exc.name = name and exc.obj = obj (both borrowed; CPython 3.11's set_attribute_error_context). Never fails. */
void molt_err_record_attribute(MoltValue obj, MoltValue name);
/* Print the current exception as CPython prints an uncaught one —
 * "Traceback (most recent call last):", one `  File "F", line N, in FUNC`
 * line per recorded frame (no source lines: the runtime has no source), then
 * "Type: message" — to stderr after flushing stdout, and clear it. */
void molt_err_print_traceback(void);
/* Top-level handler for an uncaught exception (Python/pythonrun.c
 * handle_system_exit + PyErr_Print): SystemExit exits with its code (None -> 0,
 * int -> that status, anything else is printed to stderr and exits 1); any
 * other exception is printed with molt_err_print_traceback and exits 1. */
_Noreturn void molt_exit_uncaught(void);

/* BaseException(*args): args is a tuple (borrowed). New reference. */
MoltValue molt_exc_new(MoltType *type, MoltValue args);
/* exc.args, borrowed. */
MoltValue molt_exc_args(MoltValue exc);
/* isinstance(v, BaseException) */
bool molt_is_exception(MoltValue v);

/* Installs KeyError's str (the repr of the key); called from molt_runtime_init. The classes themselves are
 * readied on first use (molt_type_mro) and released by molt_types_release. */
int molt_exceptions_init(void);

#endif
