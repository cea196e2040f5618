/*
 * alloc_stress.c — a random workload for the C library's malloc interface (wasm_alloc.c on wasm32-wasi):
 * malloc, calloc, realloc (growing and shrinking) and free of sizes from 0 to 300 KB in random order, each block
 * filled with a pattern of its own that is checked before every realloc and free, so overlapping blocks, lost
 * bytes on realloc and misaligned payloads all show. Prints "ok N" (N operations) or the first failure;
 * exits 1 on failure. Arguments: the random seed, the number of operations.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SLOTS 512

static uint64_t state;
static uint32_t next(void) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return (uint32_t)(state >> 33);
}

static unsigned char *ptr[SLOTS];
static size_t len[SLOTS];
static unsigned char tag[SLOTS];

static size_t random_size(void) {
    switch (next() % 8) {
    case 0: return next() % 16;
    case 1: case 2: case 3: return next() % 256;
    case 4: case 5: return next() % 2048;
    case 6: return next() % 20000;
    default: return next() % 300000;
    }
}

static int check(int i) {
    if (((uintptr_t)ptr[i] & 15) != 0) {
        printf("slot %d: payload %p not 16-aligned\n", i, (void *)ptr[i]);
        return 0;
    }
    for (size_t k = 0; k < len[i]; k++) {
        if (ptr[i][k] != (unsigned char)(tag[i] + k * 7)) {
            printf("slot %d: byte %zu of %zu overwritten\n", i, k, len[i]);
            return 0;
        }
    }
    return 1;
}

static void fill(int i, size_t from) {
    for (size_t k = from; k < len[i]; k++) ptr[i][k] = (unsigned char)(tag[i] + k * 7);
}

int main(int argc, char **argv) {
    state = argc > 1 ? (uint64_t)atol(argv[1]) : 1;
    long ops = argc > 2 ? atol(argv[2]) : 200000;
    for (long op = 0; op < ops; op++) {
        int i = (int)(next() % SLOTS);
        if (ptr[i] && !check(i)) return 1;
        uint32_t what = next() % 10;
        if (ptr[i] == NULL || what == 0) {
            free(ptr[i]);
            size_t n = random_size();
            if (next() % 4 == 0) {
                ptr[i] = calloc(n, 1);
                for (size_t k = 0; k < n; k++) {
                    if (ptr[i][k] != 0) {
                        printf("calloc(%zu): byte %zu not zero\n", n, k);
                        return 1;
                    }
                }
            } else {
                ptr[i] = malloc(n);
            }
            if (!ptr[i]) {
                printf("malloc(%zu) failed\n", n);
                return 1;
            }
            len[i] = n;
            tag[i] = (unsigned char)next();
            fill(i, 0);
        } else if (what <= 3) {
            size_t n = what == 1 ? len[i] / 2 : len[i] + 1 + random_size() / 4;
            unsigned char *q = realloc(ptr[i], n);
            if (!q) {
                printf("realloc(%zu) failed\n", n);
                return 1;
            }
            ptr[i] = q;
            size_t old = len[i];
            len[i] = n;
            if (n > old) fill(i, old);
            else if (!check(i)) return 1;
        } else if (what <= 5) {
            free(ptr[i]);
            ptr[i] = NULL;
            len[i] = 0;
        }
    }
    for (int i = 0; i < SLOTS; i++) {
        if (ptr[i] && !check(i)) return 1;
        free(ptr[i]);
    }
    /* after freeing everything, a big block must fit again without unbounded growth */
    void *big = malloc(4u << 20);
    if (!big) {
        printf("malloc(4 MiB) after freeing all failed\n");
        return 1;
    }
    free(big);
    printf("ok %ld\n", ops);
    return 0;
}
