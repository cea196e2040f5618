/*
 * bigint.h — INTERNAL: magnitude (unsigned limb array) arithmetic and the
 * bridge between int values and limb arrays. Limbs are uint32_t, least
 * significant first; "n" is a limb count without leading zero limbs unless
 * stated. Used by int.c and int_str.c only.
 *
 * Source followed: Knuth TAOCP vol. 2 §4.3.1 (algorithms A, S, M, D), as
 * CPython's Objects/longobject.c (x_add, x_sub, x_mul, x_divrem).
 */
#ifndef MOLT_BIGINT_H
#define MOLT_BIGINT_H

#include "molt/molt.h"

/* A read-only view of an int (small, bool or heap) as sign + magnitude.
 * Not copyable: d may point into buf. */
typedef struct IntView {
    int sign;        /* -1, 0, 1 */
    size_t n;        /* limbs in d (0 for zero) */
    const uint32_t *d;
    uint32_t buf[2];
} IntView;

void int_view(MoltValue v, IntView *iv);

/* Allocate a heap int with room for n limbs (zeroed). NULL + MemoryError. */
MoltBigInt *bigint_alloc(size_t n);
/* Normalise r (strip leading zero limbs, apply sign, turn into a small int
 * when it fits — freeing r). Steals r. */
MoltValue bigint_finish(MoltBigInt *r, int sign);
/* A new int from sign and magnitude (copied). */
MoltValue int_from_mag(int sign, const uint32_t *d, size_t n);

size_t mag_normalize(const uint32_t *d, size_t n);
int mag_cmp(const uint32_t *a, size_t na, const uint32_t *b, size_t nb);
/* r[0..max(na,nb)] = a + b; r has max(na,nb)+1 limbs. */
void mag_add(uint32_t *r, const uint32_t *a, size_t na, const uint32_t *b, size_t nb);
/* r[0..na) = a - b; requires a >= b. */
void mag_sub(uint32_t *r, const uint32_t *a, size_t na, const uint32_t *b, size_t nb);
/* r[0..na+nb) = a * b; r must not alias a or b. */
void mag_mul(uint32_t *r, const uint32_t *a, size_t na, const uint32_t *b, size_t nb);
/* q[0..na) = a / d; returns a % d. q may alias a. */
uint32_t mag_divrem_small(uint32_t *q, const uint32_t *a, size_t na, uint32_t d);
/* q[0..na-nb+1) = a / b, r[0..nb) = a % b; nb >= 1, b[nb-1] != 0, na >= nb.
 * Returns 0, or -1 with MemoryError. */
int mag_divrem(uint32_t *q, uint32_t *r, const uint32_t *a, size_t na, const uint32_t *b, size_t nb);
/* Bit length of a (0 for zero). */
uint64_t mag_bit_length(const uint32_t *a, size_t na);

#endif
