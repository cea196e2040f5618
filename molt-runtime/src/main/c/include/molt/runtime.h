/*
 * molt/runtime.h — runtime start-up and shut-down.
 */
#ifndef MOLT_RUNTIME_H
#define MOLT_RUNTIME_H

/* Prepare the type objects. Returns 0, or -1 (and prints why). Idempotent. */
int molt_runtime_init(void);
/* Flush stdout and release runtime-owned objects (the current exception). */
void molt_runtime_fini(void);
/* molt_runtime_fini, then exit with `status`. */
_Noreturn void molt_exit(int status);

#endif
