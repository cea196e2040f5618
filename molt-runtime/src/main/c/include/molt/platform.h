/*
 * molt/platform.h — the only per-target code (platform_posix.c for hosts,
 * platform_wasi.c for wasm32-wasi). Everything else is portable C11.
 */
#ifndef MOLT_PLATFORM_H
#define MOLT_PLATFORM_H

#include <stddef.h>
#include <stdint.h>

/* Write all n bytes to fd 1 or 2; returns 0 or -1 (errors are ignored by callers). */
int molt_platform_write(int fd, const char *s, size_t n);
/* Terminate the process immediately (no flushing). */
_Noreturn void molt_platform_exit(int status);
/* Monotonic clock in nanoseconds. */
uint64_t molt_platform_monotonic_ns(void);

#endif
