/*
 * wasm_alloc.c — malloc, free, calloc, realloc for wasm32-wasi, replacing
 * wasi-libc's dlmalloc (about 12 KB of code) in Molt's programs. Compiled to
 * nothing on other targets (the native build keeps the C library's malloc).
 *
 * Layout. The heap runs from __heap_base (wasm-ld) to the end of linear
 * memory, which grows with memory.grow. Every block starts with an 8-byte
 * header holding its whole size (header included, a multiple of 16); blocks
 * start at addresses 8 mod 16, so every payload is 16-aligned (max_align_t on
 * wasm32, as dlmalloc gives). `top` is the start of the untouched rest of the
 * heap ("wilderness").
 *
 * Small blocks (whole size <= SMALL_MAX): one LIFO free list per 16-byte size
 * class (segregated fits), never split or merged; a miss carves from `top`.
 * Large blocks: one address-ordered free list, first fit with splitting, and
 * merging with both neighbours on free (K&R's malloc, "The C Programming
 * Language" 2nd ed. §8.7); a free large block that ends at `top` goes back
 * to the wilderness. The runtime's objects mostly come from its own fixed-size
 * free lists (object.c, molt_alloc_fixed), so this allocator mainly sees
 * strings, buffers and tables.
 *
 * Single-threaded (WASI preview 1 has no threads). Errors: malloc and friends
 * return NULL when memory cannot grow (errno is not set). Only these four
 * functions are defined: a use of aligned_alloc, posix_memalign or
 * malloc_usable_size would pull wasi-libc's dlmalloc.o back in, and the link
 * fails on the duplicate malloc (so it cannot happen silently).
 */
#if defined(__wasi__)
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define ALIGN 16u
#define HEADER 8u
#define SMALL_MAX 1024u                 /* largest small block, header included */
#define NCLASSES (SMALL_MAX / ALIGN)    /* class i holds blocks of (i + 1) * 16 bytes */
#define PAGE 65536u

typedef struct Block {
    size_t size;  /* whole block, header included; a multiple of ALIGN */
    size_t pad;   /* keeps the payload 16-aligned */
    struct Block *next; /* free blocks only: first word of the payload */
} Block;

extern unsigned char __heap_base;

static uintptr_t top;       /* first byte of the wilderness (8 mod 16); 0 before the first call */
static uintptr_t heap_end;  /* end of linear memory */
static Block *small_free[NCLASSES];
static Block *large_free;   /* address order */

static inline void *payload(Block *b) { return (unsigned char *)b + HEADER; }
static inline Block *block_of(void *p) { return (Block *)((unsigned char *)p - HEADER); }

/* The whole block size for a request of n payload bytes, or 0 if it overflows. */
static size_t block_size(size_t n) {
    if (n > SIZE_MAX - HEADER - ALIGN) return 0;
    size_t s = (n + HEADER + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    return s < 2 * ALIGN ? 2 * ALIGN : s; /* room for the free-list link; one small class fewer */
}

/* Makes [top, top + need) available, growing memory by at least an eighth of its size. */
static int ensure_wilderness(size_t need) {
    if (top == 0) {
        top = (((uintptr_t)&__heap_base + ALIGN - 1) & ~(uintptr_t)(ALIGN - 1)) + HEADER;
        heap_end = (uintptr_t)__builtin_wasm_memory_size(0) * PAGE;
    }
    if (heap_end >= top && heap_end - top >= need) return 1;
    size_t missing = need - (heap_end > top ? heap_end - top : 0);
    size_t pages = (missing + PAGE - 1) / PAGE, have = heap_end / PAGE;
    if (pages < have / 8) pages = have / 8;
    if (__builtin_wasm_memory_grow(0, pages) == (size_t)-1) {
        pages = (missing + PAGE - 1) / PAGE; /* the minimum, if the generous step was refused */
        if (__builtin_wasm_memory_grow(0, pages) == (size_t)-1) return 0;
    }
    heap_end += pages * PAGE;
    return 1;
}

static Block *carve(size_t size) {
    if (!ensure_wilderness(size)) return NULL;
    Block *b = (Block *)top;
    top += size;
    b->size = size;
    return b;
}

static void free_large(Block *b);

/* Puts a free block of any size on its list. */
static void release(Block *b) {
    if (b->size <= SMALL_MAX) {
        size_t c = b->size / ALIGN - 1;
        b->next = small_free[c];
        small_free[c] = b;
    } else {
        free_large(b);
    }
}

static void free_large(Block *b) {
    Block *prev = NULL, *cur = large_free;
    while (cur && (uintptr_t)cur < (uintptr_t)b) {
        prev = cur;
        cur = cur->next;
    }
    /* merge with the following free block */
    if (cur && (uintptr_t)b + b->size == (uintptr_t)cur) {
        b->size += cur->size;
        cur = cur->next;
    }
    /* merge with the preceding free block */
    if (prev && (uintptr_t)prev + prev->size == (uintptr_t)b) {
        prev->size += b->size;
        prev->next = cur;
        b = prev;
    } else {
        b->next = cur;
        if (prev) prev->next = b;
        else large_free = b;
    }
    /* a free block that ends the used heap goes back to the wilderness (it is the last in address order) */
    if ((uintptr_t)b + b->size == top && b->next == NULL) {
        top = (uintptr_t)b;
        if (b == large_free) {
            large_free = NULL;
        } else {
            Block *p = large_free;
            while (p->next != b) p = p->next;
            p->next = NULL;
        }
    }
}

static Block *alloc_large(size_t size) {
    Block *prev = NULL;
    for (Block *b = large_free; b; prev = b, b = b->next) {
        if (b->size < size) continue;
        Block *rest = b->next;
        if (b->size - size >= 2 * ALIGN) { /* split: the tail stays free */
            Block *tail = (Block *)((uintptr_t)b + size);
            tail->size = b->size - size;
            b->size = size;
            if (tail->size > SMALL_MAX) {
                tail->next = rest; /* keeps its place in address order */
                rest = tail;
            } else {
                release(tail);
            }
        }
        if (prev) prev->next = rest;
        else large_free = rest;
        return b;
    }
    return carve(size);
}

void *malloc(size_t n) {
    size_t size = block_size(n);
    if (size == 0) return NULL;
    Block *b;
    if (size <= SMALL_MAX) {
        size_t c = size / ALIGN - 1;
        b = small_free[c];
        if (b) small_free[c] = b->next;
        else b = carve(size);
    } else {
        b = alloc_large(size);
    }
    return b ? payload(b) : NULL;
}

void free(void *p) {
    if (p) release(block_of(p));
}

void *calloc(size_t count, size_t n) {
    size_t total;
    if (__builtin_mul_overflow(count, n, &total)) return NULL;
    void *p = malloc(total);
    if (p) memset(p, 0, total);
    return p;
}

void *realloc(void *p, size_t n) {
    if (!p) return malloc(n);
    Block *b = block_of(p);
    size_t size = block_size(n);
    if (size == 0) return NULL;
    if (size <= b->size) return p; /* shrinking keeps the block */
    if ((uintptr_t)b + b->size == top) { /* the last block grows in place */
        if (!ensure_wilderness(size - b->size)) return NULL;
        top += size - b->size;
        b->size = size;
        return p;
    }
    void *q = malloc(n);
    if (!q) return NULL;
    memcpy(q, p, b->size - HEADER);
    free(p);
    return q;
}
#else
typedef int molt_wasm_alloc_unused; /* ISO C forbids an empty translation unit */
#endif
