/*
 * molt/value.h — the NaN-boxed value word and the heap object header.
 *
 * A MoltValue is a uint64_t. Its bit pattern says what it is:
 *
 *   bits 63..48   bits 47..0        meaning
 *   ----------   ----------------  ---------------------------------------------
 *   0x0000-0xFFF7  (any)           an IEEE-754 double, stored as itself. Every NaN
 *   (and 0xFFF8..0xFFFF with       is canonicalised to 0x7FF8000000000000 before it
 *    the double being a NaN        is boxed, so the negative quiet-NaN space
 *    never produced)               0xFFF8_xxxx_xxxx_xxxx is free for tags:
 *   0xFFF9         48-bit signed   small int, two's complement, range
 *                                  [-2**47, 2**47 - 1] (MOLT_SMALLINT_MIN/MAX)
 *   0xFFFA         0 or 1          bool (False / True)
 *   0xFFFB         0               None
 *   0xFFFC         pointer         heap object (48-bit user-space address, 8-aligned)
 *   0xFFFD         0               NotImplemented
 *   0xFFFE         0               MOLT_ERROR: the "an exception is set" sentinel
 *                                  (CPython returns NULL; 0 here is the double +0.0)
 *   0xFFFF         0               MOLT_EXHAUSTED: "iterator has no more items",
 *                                  returned by molt_next/tp_iternext without
 *                                  setting StopIteration (never a Python value)
 *   0xFFF8                         reserved
 *
 * An int is *canonical*: a value in the small-int range is always a small int,
 * a heap int (MoltBigInt) always lies outside it. So two ints are equal iff
 * their words are equal, or both are heap ints with equal digits.
 *
 * Heap objects start with MoltObject: a reference count and a type pointer.
 * A negative reference count marks an immortal object (statically allocated
 * types and constants); incref/decref leave it alone. The runtime is
 * single-threaded: counts are plain, not atomic.
 *
 * Source followed: CPython 3.12 Include/object.h (header, immortal objects),
 * with the NaN-boxing scheme of JavaScriptCore/LuaJIT.
 */
#ifndef MOLT_VALUE_H
#define MOLT_VALUE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef uint64_t MoltValue;
typedef int64_t MoltHash; /* Py_hash_t; -1 is reserved for errors. */

#define MOLT_TAG_SHIFT 48
#define MOLT_PAYLOAD_MASK UINT64_C(0x0000FFFFFFFFFFFF)
#define MOLT_TAG_MASK UINT64_C(0xFFFF000000000000)
#define MOLT_TAG_INT UINT64_C(0xFFF9000000000000)
#define MOLT_TAG_BOOL UINT64_C(0xFFFA000000000000)
#define MOLT_TAG_NONE UINT64_C(0xFFFB000000000000)
#define MOLT_TAG_PTR UINT64_C(0xFFFC000000000000)
#define MOLT_TAG_NOTIMPL UINT64_C(0xFFFD000000000000)
#define MOLT_TAG_ERROR UINT64_C(0xFFFE000000000000)
#define MOLT_TAG_EXHAUSTED UINT64_C(0xFFFF000000000000)
#define MOLT_CANONICAL_NAN UINT64_C(0x7FF8000000000000)

#define MOLT_NONE ((MoltValue)MOLT_TAG_NONE)
#define MOLT_FALSE ((MoltValue)MOLT_TAG_BOOL)
#define MOLT_TRUE ((MoltValue)(MOLT_TAG_BOOL | 1))
#define MOLT_NOTIMPLEMENTED ((MoltValue)MOLT_TAG_NOTIMPL)
#define MOLT_ERROR ((MoltValue)MOLT_TAG_ERROR)
#define MOLT_EXHAUSTED ((MoltValue)MOLT_TAG_EXHAUSTED)

#define MOLT_SMALLINT_MAX ((int64_t)((INT64_C(1) << 47) - 1))
#define MOLT_SMALLINT_MIN ((int64_t)(-(INT64_C(1) << 47)))

#if defined(__GNUC__) || defined(__clang__)
#define MOLT_LIKELY(x) __builtin_expect(!!(x), 1)
#define MOLT_UNLIKELY(x) __builtin_expect(!!(x), 0)
#else
#define MOLT_LIKELY(x) (x)
#define MOLT_UNLIKELY(x) (x)
#endif

struct MoltType;

/* Header of every heap object (PyObject). */
typedef struct MoltObject {
    int64_t refcnt;          /* < 0: immortal */
    struct MoltType *type;   /* borrowed: types outlive their instances */
} MoltObject;

#define MOLT_REFCNT_IMMORTAL INT64_C(-1)
#define MOLT_STATIC_HEADER(typeptr) { MOLT_REFCNT_IMMORTAL, (typeptr) }

/* ---- tests and boxing ---------------------------------------------------- */

static inline bool molt_is_double(MoltValue v) { return v < UINT64_C(0xFFF8000000000000); }
static inline bool molt_is_smallint(MoltValue v) { return (v & MOLT_TAG_MASK) == MOLT_TAG_INT; }
static inline bool molt_is_bool(MoltValue v) { return (v & MOLT_TAG_MASK) == MOLT_TAG_BOOL; }
static inline bool molt_is_none(MoltValue v) { return v == MOLT_NONE; }
static inline bool molt_is_ptr(MoltValue v) { return (v & MOLT_TAG_MASK) == MOLT_TAG_PTR; }
static inline bool molt_is_error(MoltValue v) { return v == MOLT_ERROR; }

/* Box a double; NaNs become the canonical NaN. */
static inline MoltValue molt_from_double(double d) {
    MoltValue v;
    if (MOLT_UNLIKELY(d != d)) return MOLT_CANONICAL_NAN;
    memcpy(&v, &d, sizeof v);
    return v;
}
static inline double molt_as_double(MoltValue v) {
    double d;
    memcpy(&d, &v, sizeof d);
    return d;
}
/* Precondition: MOLT_SMALLINT_MIN <= i <= MOLT_SMALLINT_MAX. */
static inline MoltValue molt_from_smallint(int64_t i) {
    return MOLT_TAG_INT | ((uint64_t)i & MOLT_PAYLOAD_MASK);
}
static inline int64_t molt_as_smallint(MoltValue v) {
    return (int64_t)(v << 16) >> 16; /* sign-extend the 48-bit payload */
}
static inline bool molt_smallint_fits(int64_t i) {
    return i >= MOLT_SMALLINT_MIN && i <= MOLT_SMALLINT_MAX;
}
static inline MoltValue molt_from_bool(bool b) { return b ? MOLT_TRUE : MOLT_FALSE; }
static inline bool molt_as_bool(MoltValue v) { return (v & 1) != 0; }
static inline MoltValue molt_from_ptr(void *p) { return MOLT_TAG_PTR | (uint64_t)(uintptr_t)p; }
static inline MoltObject *molt_as_ptr(MoltValue v) {
    return (MoltObject *)(uintptr_t)(v & MOLT_PAYLOAD_MASK);
}

/* ---- reference counting ------------------------------------------------- */

void molt_dealloc(MoltObject *o); /* object.c: calls type->tp_dealloc */

static inline void molt_obj_incref(MoltObject *o) {
    if (o->refcnt >= 0) o->refcnt++;
}
static inline void molt_obj_decref(MoltObject *o) {
    if (o->refcnt > 0 && --o->refcnt == 0) molt_dealloc(o);
}
/* New reference from a borrowed one; non-heap values need nothing. */
static inline MoltValue molt_incref(MoltValue v) {
    if (molt_is_ptr(v)) molt_obj_incref(molt_as_ptr(v));
    return v;
}
static inline void molt_decref(MoltValue v) {
    if (molt_is_ptr(v)) molt_obj_decref(molt_as_ptr(v));
}
/* Like molt_decref but accepts MOLT_ERROR (does nothing). */
static inline void molt_xdecref(MoltValue v) {
    if (v != MOLT_ERROR) molt_decref(v);
}

#endif
