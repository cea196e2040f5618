/*
 * runtime_tables.c — the default name-indexed tables: every builtin and constructor (molt/builtin_defs.h) and every method
 * of the builtin types (molt/method_defs.h), as weak symbols. A program that defines the tables itself
 * (pruned to its names, dev.molt.runtime.RuntimeTables) replaces them, and this file is then not linked at
 * all. They live in a translation unit of their own so that no code compiled with them can assume their
 * contents (clang folds loads from a weak const table defined in the same file).
 */
#include "molt/builtin_defs.h"
#include "molt/method_defs.h"

#if defined(__GNUC__)
#define MOLT_WEAK __attribute__((weak))
#else
#define MOLT_WEAK
#endif

MOLT_WEAK MOLT_BUILTIN_TABLE = {MOLT_BUILTINS_ALL, MOLT_BUILTIN_END};
MOLT_WEAK MOLT_CTOR_TABLE = {MOLT_CTORS_ALL};

MOLT_WEAK MOLT_METHOD_TABLE(list) = {MOLT_METHODS_ALL_list, MOLT_METHOD_END};
MOLT_WEAK MOLT_METHOD_TABLE(tuple) = {MOLT_METHODS_ALL_tuple, MOLT_METHOD_END};
MOLT_WEAK MOLT_METHOD_TABLE(dict) = {MOLT_METHODS_ALL_dict, MOLT_METHOD_END};
MOLT_WEAK MOLT_METHOD_TABLE(set) = {MOLT_METHODS_ALL_set, MOLT_METHOD_END};
MOLT_WEAK MOLT_METHOD_TABLE(frozenset) = {MOLT_METHODS_ALL_frozenset, MOLT_METHOD_END};
MOLT_WEAK MOLT_METHOD_TABLE(int) = {MOLT_METHODS_ALL_int, MOLT_METHOD_END};
MOLT_WEAK MOLT_METHOD_TABLE(float) = {MOLT_METHODS_ALL_float, MOLT_METHOD_END};
MOLT_WEAK MOLT_METHOD_TABLE(dictview) = {MOLT_METHODS_ALL_dictview, MOLT_METHOD_END};
MOLT_WEAK MOLT_METHOD_TABLE(range) = {MOLT_METHODS_ALL_range, MOLT_METHOD_END};
MOLT_WEAK MOLT_METHOD_TABLE(slice) = {MOLT_METHODS_ALL_slice, MOLT_METHOD_END};
MOLT_WEAK MOLT_METHOD_TABLE(str) = {MOLT_METHODS_ALL_str, MOLT_METHOD_END};
