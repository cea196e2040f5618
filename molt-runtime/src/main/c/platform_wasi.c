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

/* __multi3: the low 128 bits of a * b (compiler-rt lib/builtins/multi3.c's contract). clang lowers
 * __builtin_mul_overflow on int64_t to a 128-bit multiply, which wasm32 has no instruction for; the
 * runtime links with -nodefaultlibs because Debian ships the wasm32 compiler-rt builtins separately
 * (libclang-rt-14-dev-wasm32), so the one builtin it needs is here. Schoolbook on 32-bit halves, with
 * constant shifts only (those need no further builtins). */
__int128 __multi3(__int128 a, __int128 b);
__int128 __multi3(__int128 a, __int128 b) {
    uint64_t al = (uint64_t)a, ah = (uint64_t)((unsigned __int128)a >> 64);
    uint64_t bl = (uint64_t)b, bh = (uint64_t)((unsigned __int128)b >> 64);
    uint64_t a0 = al & 0xFFFFFFFFu, a1 = al >> 32, b0 = bl & 0xFFFFFFFFu, b1 = bl >> 32;
    uint64_t p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
    uint64_t mid = (p00 >> 32) + (p01 & 0xFFFFFFFFu) + (p10 & 0xFFFFFFFFu);
    uint64_t lo = (p00 & 0xFFFFFFFFu) | (mid << 32);
    uint64_t hi = p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32) + al * bh + ah * bl;
    return (__int128)(((unsigned __int128)hi << 64) | lo);
}
#else
typedef int molt_platform_wasi_unused; /* ISO C forbids an empty translation unit */
#endif
