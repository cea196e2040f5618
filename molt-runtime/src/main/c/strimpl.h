/*
 * strimpl.h — INTERNAL helpers shared by str.c and str_methods.c.
 */
#ifndef MOLT_STRIMPL_H
#define MOLT_STRIMPL_H

#include "molt/molt.h"

/* Byte offset of code point i (0 <= i <= length); O(1) for ASCII, else at
 * most 63 code points decoded after the lazily built index. */
int64_t molt_str_cp_offset(MoltStr *s, int64_t i);

#endif
