/*
 * wasm_mem.c — memcpy, memmove and memset for wasm32-wasi as the bulk memory
 * instructions memory.copy and memory.fill (WebAssembly Core Specification
 * 2.0, §4.4.7 "Memory Instructions"; in every WASI host Molt targets: Node 12+,
 * wasmtime), replacing wasi-libc's C versions (about 3 KB of code). Only
 * these three functions are built with the bulk-memory feature, so the rest
 * of the runtime and the generated code keep the 1.0 instruction set.
 * Compiled to nothing on other targets.
 */
#if defined(__wasi__)
#include <stddef.h>

#define BULK __attribute__((target("bulk-memory")))

/* memory.copy has memmove semantics (overlap allowed), so memcpy may use it too. */
BULK void *memcpy(void *restrict dst, const void *restrict src, size_t n) {
    __builtin_memcpy(dst, src, n);
    return dst;
}

BULK void *memmove(void *dst, const void *src, size_t n) {
    __builtin_memmove(dst, src, n);
    return dst;
}

BULK void *memset(void *dst, int c, size_t n) {
    __builtin_memset(dst, c, n);
    return dst;
}
#else
typedef int molt_wasm_mem_unused; /* ISO C forbids an empty translation unit */
#endif
