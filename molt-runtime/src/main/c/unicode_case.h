/*
 * unicode_case.h — INTERNAL: Unicode case mappings and classes from the
 * generated unicode_case.c (CPython's Objects/unicodectype.c equivalents).
 */
#ifndef MOLT_UNICODE_CASE_H
#define MOLT_UNICODE_CASE_H

#include "molt/molt.h"

bool molt_unicode_isalpha(uint32_t cp);   /* Py_UNICODE_ISALPHA: categories L* */
bool molt_unicode_isdigit(uint32_t cp);   /* Py_UNICODE_ISDIGIT */
bool molt_unicode_isnumeric(uint32_t cp); /* Py_UNICODE_ISNUMERIC */
bool molt_unicode_islower(uint32_t cp);   /* Lowercase property */
bool molt_unicode_isupper(uint32_t cp);   /* Uppercase property */
bool molt_unicode_istitle(uint32_t cp);   /* category Lt */
bool molt_unicode_iscased(uint32_t cp);   /* Cased */
bool molt_unicode_iscaseignorable(uint32_t cp); /* Case_Ignorable */
/* Full (SpecialCasing) mappings: write 1..3 code points, return the count. */
int molt_unicode_to_upper_full(uint32_t cp, uint32_t out[3]);
int molt_unicode_to_lower_full(uint32_t cp, uint32_t out[3]);
int molt_unicode_to_folded_full(uint32_t cp, uint32_t out[3]);
int molt_unicode_to_title_full(uint32_t cp, uint32_t out[3]);

#endif
