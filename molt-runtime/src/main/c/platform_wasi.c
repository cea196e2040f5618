/*
 * platform_wasi.c — molt/platform.h for wasm32-wasi (WASI preview 1 through
 * wasi-libc's __wasi_* calls). Compiled to nothing on other targets.
 */
#if defined(__wasi__)
#include "molt/platform.h"

#include <wasi/api.h>

int molt_platform_write(int fd, const char *s, size_t n) {
    while (n > 0) {
        __wasi_ciovec_t iov = {(const uint8_t *)s, n};
        __wasi_size_t written = 0;
        __wasi_errno_t err = __wasi_fd_write((__wasi_fd_t)fd, &iov, 1, &written);
        if (err == __WASI_ERRNO_INTR) continue;
        if (err != 0) return -1;
        s += written;
        n -= written;
    }
    return 0;
}

_Noreturn void molt_platform_exit(int status) { __wasi_proc_exit((__wasi_exitcode_t)status); }

uint64_t molt_platform_monotonic_ns(void) {
    __wasi_timestamp_t t = 0;
    if (__wasi_clock_time_get(__WASI_CLOCKID_MONOTONIC, 1, &t) != 0) return 0;
    return (uint64_t)t;
}
#else
typedef int molt_platform_wasi_unused; /* ISO C forbids an empty translation unit */
#endif
