/*
 * molt/print.h — print() and the buffered standard streams.
 *
 * stdout is fully buffered (8 KiB) in the runtime and flushed at
 * molt_runtime_fini, when full, and before anything is written to stderr, so
 * the interleaving seen on a terminal matches CPython's for line-oriented use.
 */
#ifndef MOLT_PRINT_H
#define MOLT_PRINT_H

#include "molt/object.h"

/* print(*args, sep=sep, end=end): sep/end are str or MOLT_NONE (defaults
 * " " and "\n"). Returns 0, or -1 with TypeError
 * ("sep must be None or a string, not int") or an error from str(). */
int molt_print(const MoltValue *args, size_t nargs, MoltValue sep, MoltValue end);
void molt_stdout_write(const char *s, size_t n);
void molt_stdout_flush(void);
/* Flushes stdout, then writes unbuffered to stderr. */
void molt_stderr_write(const char *s, size_t n);

#endif
