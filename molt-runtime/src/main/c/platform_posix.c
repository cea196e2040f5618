/*
 * platform_posix.c — molt/platform.h for POSIX hosts (Linux, macOS).
 * Compiled to nothing on wasm32-wasi (see platform_wasi.c).
 */
#if !defined(__wasi__)
#define _POSIX_C_SOURCE 200809L
#include "molt/platform.h"

#include <errno.h>
#include <time.h>
#include <unistd.h>

int molt_platform_write(int fd, const char *s, size_t n) {
    while (n > 0) {
        ssize_t k = write(fd, s, n);
        if (k < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        s += k;
        n -= (size_t)k;
    }
    return 0;
}

_Noreturn void molt_platform_exit(int status) { _exit(status); }

uint64_t molt_platform_monotonic_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * UINT64_C(1000000000) + (uint64_t)ts.tv_nsec;
}
#else
typedef int molt_platform_posix_unused; /* ISO C forbids an empty translation unit */
#endif
