/*
 * molt/method_defs.h — the methods of the builtin types (`"a b".split()`, `lst.append(x)`), one entry per
 * method, and the tables molt_builtin_method / molt_method_descriptor search (methods.c).
 *
 * Each method is a macro MOLT_M_<type>__<name> expanding to its MoltMethodDef initializer; MOLT_METHODS_ALL_<type>
 * lists every method of a type in CPython's method-table order. The runtime defines each table
 * molt_methods_<type> (NULL-name terminated) as a weak symbol holding all of them. A program whose
 * attribute names are all known at compile time defines the tables itself, strong, with only the methods it
 * can name (MOLT_METHOD_TABLE; dev.molt.runtime.RuntimeTables renders them): the linker then drops the weak
 * tables and, with --gc-sections, every method nothing else reaches. The Java side reads the
 * `#define MOLT_M_<type>__<name>` lines of this file, so keep each on one line.
 *
 * Calling conventions (kind): CPython 3.11's METH_NOARGS, METH_O, Argument Clinic positional (min..max),
 * old-style PyArg_ParseTuple (min..max), METH_VARARGS (any number of positional arguments), and Argument
 * Clinic with **kwargs (min..max positional, then every keyword). fn takes self then max arguments (absent
 * optional ones MOLT_NONE), or (self, args, nargs) for VARARGS, (self, args, nargs, kwnames) for KWARGS;
 * kw lists the parameters that may be passed by keyword, or is NULL. A KWARGS entry with max -1 checks its
 * positional arguments itself (list.sort). A TYPE entry is a classmethod or
 * staticmethod (dict.fromkeys, str.maketrans): fn(type) gives the attribute itself, for the type and its
 * instances alike.
 */
#ifndef MOLT_METHOD_DEFS_H
#define MOLT_METHOD_DEFS_H

#include "molt/molt.h"

enum { MOLT_METH_NOARGS, MOLT_METH_ONE, MOLT_METH_CLINIC, MOLT_METH_OLDSTYLE, MOLT_METH_VARARGS, MOLT_METH_KWARGS,
       MOLT_METH_TYPE };

struct MoltMethodDef {
    const char *name; /* NULL ends a table */
    int kind;
    int min, max;
    void (*fn)(void);
    const char *const *kw;
};
typedef struct MoltMethodDef MoltMethodDef;

#define MOLT_MFN(f) ((void (*)(void))(f))
#define MOLT_METHOD_END {NULL, 0, 0, 0, NULL, NULL}
/* The definition of table molt_methods_<type> (followed by its initializer). */
#define MOLT_METHOD_TABLE(type) const MoltMethodDef molt_methods_##type[]

extern const MoltMethodDef molt_methods_list[], molt_methods_tuple[], molt_methods_dict[], molt_methods_set[], molt_methods_frozenset[], molt_methods_int[], molt_methods_float[], molt_methods_dictview[], molt_methods_range[], molt_methods_slice[], molt_methods_str[];

/* Adapters of methods.c: int-returning list/set operations, dict.update(**kw), dict.pop, str.replace's count. */
MoltValue molt_m_list_append(MoltValue l, MoltValue x);
MoltValue molt_m_list_extend(MoltValue l, MoltValue x);
MoltValue molt_m_list_sort(MoltValue l, const MoltValue *args, size_t nargs, MoltValue kw);
MoltValue molt_m_dict_fromkeys(MoltValue type);
MoltValue molt_m_str_maketrans(MoltValue type);
MoltValue molt_m_str_format(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kw);
MoltValue molt_m_dict_update(MoltValue d, const MoltValue *args, size_t nargs, MoltValue kw);
MoltValue molt_m_dict_pop(MoltValue d, MoltValue k, MoltValue dflt);
MoltValue molt_m_set_add(MoltValue s, MoltValue x);
MoltValue molt_m_set_discard(MoltValue s, MoltValue x);
MoltValue molt_m_str_replace(MoltValue s, MoltValue a, MoltValue b, MoltValue count);
extern const char *const molt_m_split_kw[], *const molt_m_splitlines_kw[], *const molt_m_expandtabs_kw[];

#define MOLT_M_list__append {"append", MOLT_METH_ONE, 1, 1, MOLT_MFN(molt_m_list_append), NULL}
#define MOLT_M_list__extend {"extend", MOLT_METH_ONE, 1, 1, MOLT_MFN(molt_m_list_extend), NULL}
#define MOLT_M_list__insert {"insert", MOLT_METH_CLINIC, 2, 2, MOLT_MFN(molt_list_insert), NULL}
#define MOLT_M_list__pop {"pop", MOLT_METH_CLINIC, 0, 1, MOLT_MFN(molt_list_pop), NULL}
#define MOLT_M_list__remove {"remove", MOLT_METH_ONE, 1, 1, MOLT_MFN(molt_list_remove), NULL}
#define MOLT_M_list__index {"index", MOLT_METH_CLINIC, 1, 3, MOLT_MFN(molt_list_index), NULL}
#define MOLT_M_list__count {"count", MOLT_METH_ONE, 1, 1, MOLT_MFN(molt_list_count), NULL}
#define MOLT_M_list__reverse {"reverse", MOLT_METH_NOARGS, 0, 0, MOLT_MFN(molt_list_reverse), NULL}
#define MOLT_M_list__sort {"sort", MOLT_METH_KWARGS, 0, -1, MOLT_MFN(molt_m_list_sort), NULL}
#define MOLT_M_list__copy {"copy", MOLT_METH_NOARGS, 0, 0, MOLT_MFN(molt_list_copy), NULL}
#define MOLT_M_list__clear {"clear", MOLT_METH_NOARGS, 0, 0, MOLT_MFN(molt_list_clear), NULL}
#define MOLT_M_tuple__count {"count", MOLT_METH_ONE, 1, 1, MOLT_MFN(molt_tuple_count), NULL}
#define MOLT_M_tuple__index {"index", MOLT_METH_CLINIC, 1, 3, MOLT_MFN(molt_tuple_index), NULL}
#define MOLT_M_dict__get {"get", MOLT_METH_CLINIC, 1, 2, MOLT_MFN(molt_dict_get), NULL}
#define MOLT_M_dict__setdefault {"setdefault", MOLT_METH_CLINIC, 1, 2, MOLT_MFN(molt_dict_setdefault), NULL}
#define MOLT_M_dict__pop {"pop", MOLT_METH_CLINIC, 1, 2, MOLT_MFN(molt_m_dict_pop), NULL}
#define MOLT_M_dict__popitem {"popitem", MOLT_METH_NOARGS, 0, 0, MOLT_MFN(molt_dict_popitem), NULL}
#define MOLT_M_dict__update {"update", MOLT_METH_KWARGS, 0, 1, MOLT_MFN(molt_m_dict_update), NULL}
#define MOLT_M_dict__copy {"copy", MOLT_METH_NOARGS, 0, 0, MOLT_MFN(molt_dict_copy), NULL}
#define MOLT_M_dict__clear {"clear", MOLT_METH_NOARGS, 0, 0, MOLT_MFN(molt_dict_clear), NULL}
#define MOLT_M_dict__keys {"keys", MOLT_METH_NOARGS, 0, 0, MOLT_MFN(molt_dict_keys), NULL}
#define MOLT_M_dict__values {"values", MOLT_METH_NOARGS, 0, 0, MOLT_MFN(molt_dict_values), NULL}
#define MOLT_M_dict__fromkeys {"fromkeys", MOLT_METH_TYPE, 0, 0, MOLT_MFN(molt_m_dict_fromkeys), NULL}
#define MOLT_M_dict__items {"items", MOLT_METH_NOARGS, 0, 0, MOLT_MFN(molt_dict_items), NULL}
#define MOLT_M_set__add {"add", MOLT_METH_ONE, 1, 1, MOLT_MFN(molt_m_set_add), NULL}
#define MOLT_M_set__discard {"discard", MOLT_METH_ONE, 1, 1, MOLT_MFN(molt_m_set_discard), NULL}
#define MOLT_M_set__remove {"remove", MOLT_METH_ONE, 1, 1, MOLT_MFN(molt_set_remove), NULL}
#define MOLT_M_set__pop {"pop", MOLT_METH_NOARGS, 0, 0, MOLT_MFN(molt_set_pop), NULL}
#define MOLT_M_set__clear {"clear", MOLT_METH_NOARGS, 0, 0, MOLT_MFN(molt_set_clear), NULL}
#define MOLT_M_set__copy {"copy", MOLT_METH_NOARGS, 0, 0, MOLT_MFN(molt_set_copy), NULL}
#define MOLT_M_set__update {"update", MOLT_METH_VARARGS, 0, 0, MOLT_MFN(molt_set_update_multi), NULL}
#define MOLT_M_set__union {"union", MOLT_METH_VARARGS, 0, 0, MOLT_MFN(molt_set_union_multi), NULL}
#define MOLT_M_set__intersection {"intersection", MOLT_METH_VARARGS, 0, 0, MOLT_MFN(molt_set_intersection_multi), NULL}
#define MOLT_M_set__difference {"difference", MOLT_METH_VARARGS, 0, 0, MOLT_MFN(molt_set_difference_multi), NULL}
#define MOLT_M_set__symmetric_difference {"symmetric_difference", MOLT_METH_ONE, 1, 1, MOLT_MFN(molt_set_symmetric_difference), NULL}
#define MOLT_M_set__intersection_update {"intersection_update", MOLT_METH_VARARGS, 0, 0, MOLT_MFN(molt_set_intersection_update_multi), NULL}
#define MOLT_M_set__difference_update {"difference_update", MOLT_METH_VARARGS, 0, 0, MOLT_MFN(molt_set_difference_update_multi), NULL}
#define MOLT_M_set__symmetric_difference_update {"symmetric_difference_update", MOLT_METH_ONE, 1, 1, MOLT_MFN(molt_set_symmetric_difference_update), NULL}
#define MOLT_M_set__issubset {"issubset", MOLT_METH_ONE, 1, 1, MOLT_MFN(molt_set_issubset), NULL}
#define MOLT_M_set__issuperset {"issuperset", MOLT_METH_ONE, 1, 1, MOLT_MFN(molt_set_issuperset), NULL}
#define MOLT_M_set__isdisjoint {"isdisjoint", MOLT_METH_ONE, 1, 1, MOLT_MFN(molt_set_isdisjoint), NULL}
#define MOLT_M_frozenset__copy {"copy", MOLT_METH_NOARGS, 0, 0, MOLT_MFN(molt_set_copy), NULL}
#define MOLT_M_frozenset__union {"union", MOLT_METH_VARARGS, 0, 0, MOLT_MFN(molt_set_union_multi), NULL}
#define MOLT_M_frozenset__intersection {"intersection", MOLT_METH_VARARGS, 0, 0, MOLT_MFN(molt_set_intersection_multi), NULL}
#define MOLT_M_frozenset__difference {"difference", MOLT_METH_VARARGS, 0, 0, MOLT_MFN(molt_set_difference_multi), NULL}
#define MOLT_M_frozenset__symmetric_difference {"symmetric_difference", MOLT_METH_ONE, 1, 1, MOLT_MFN(molt_set_symmetric_difference), NULL}
#define MOLT_M_frozenset__issubset {"issubset", MOLT_METH_ONE, 1, 1, MOLT_MFN(molt_set_issubset), NULL}
#define MOLT_M_frozenset__issuperset {"issuperset", MOLT_METH_ONE, 1, 1, MOLT_MFN(molt_set_issuperset), NULL}
#define MOLT_M_frozenset__isdisjoint {"isdisjoint", MOLT_METH_ONE, 1, 1, MOLT_MFN(molt_set_isdisjoint), NULL}
#define MOLT_M_int__bit_length {"bit_length", MOLT_METH_NOARGS, 0, 0, MOLT_MFN(molt_int_bit_length), NULL}
#define MOLT_M_int__bit_count {"bit_count", MOLT_METH_NOARGS, 0, 0, MOLT_MFN(molt_int_bit_count), NULL}
#define MOLT_M_int__conjugate {"conjugate", MOLT_METH_NOARGS, 0, 0, MOLT_MFN(molt_int_conjugate), NULL}
#define MOLT_M_int__as_integer_ratio {"as_integer_ratio", MOLT_METH_NOARGS, 0, 0, MOLT_MFN(molt_int_as_integer_ratio), NULL}
#define MOLT_M_float__is_integer {"is_integer", MOLT_METH_NOARGS, 0, 0, MOLT_MFN(molt_float_is_integer), NULL}
#define MOLT_M_float__conjugate {"conjugate", MOLT_METH_NOARGS, 0, 0, MOLT_MFN(molt_float_conjugate), NULL}
#define MOLT_M_float__as_integer_ratio {"as_integer_ratio", MOLT_METH_NOARGS, 0, 0, MOLT_MFN(molt_float_as_integer_ratio), NULL}
#define MOLT_M_dictview__isdisjoint {"isdisjoint", MOLT_METH_ONE, 1, 1, MOLT_MFN(molt_dictview_isdisjoint), NULL}
#define MOLT_M_range__count {"count", MOLT_METH_ONE, 1, 1, MOLT_MFN(molt_range_count), NULL}
#define MOLT_M_range__index {"index", MOLT_METH_ONE, 1, 1, MOLT_MFN(molt_range_index), NULL}
#define MOLT_M_slice__indices {"indices", MOLT_METH_ONE, 1, 1, MOLT_MFN(molt_slice_indices_method), NULL}
#define MOLT_M_str__find {"find", MOLT_METH_OLDSTYLE, 1, 3, MOLT_MFN(molt_str_find), NULL}
#define MOLT_M_str__rfind {"rfind", MOLT_METH_OLDSTYLE, 1, 3, MOLT_MFN(molt_str_rfind), NULL}
#define MOLT_M_str__index {"index", MOLT_METH_OLDSTYLE, 1, 3, MOLT_MFN(molt_str_index), NULL}
#define MOLT_M_str__rindex {"rindex", MOLT_METH_OLDSTYLE, 1, 3, MOLT_MFN(molt_str_rindex), NULL}
#define MOLT_M_str__count {"count", MOLT_METH_OLDSTYLE, 1, 3, MOLT_MFN(molt_str_count), NULL}
#define MOLT_M_str__startswith {"startswith", MOLT_METH_OLDSTYLE, 1, 3, MOLT_MFN(molt_str_startswith), NULL}
#define MOLT_M_str__endswith {"endswith", MOLT_METH_OLDSTYLE, 1, 3, MOLT_MFN(molt_str_endswith), NULL}
#define MOLT_M_str__replace {"replace", MOLT_METH_CLINIC, 2, 3, MOLT_MFN(molt_m_str_replace), NULL}
#define MOLT_M_str__strip {"strip", MOLT_METH_CLINIC, 0, 1, MOLT_MFN(molt_str_strip), NULL}
#define MOLT_M_str__lstrip {"lstrip", MOLT_METH_CLINIC, 0, 1, MOLT_MFN(molt_str_lstrip), NULL}
#define MOLT_M_str__rstrip {"rstrip", MOLT_METH_CLINIC, 0, 1, MOLT_MFN(molt_str_rstrip), NULL}
#define MOLT_M_str__partition {"partition", MOLT_METH_ONE, 1, 1, MOLT_MFN(molt_str_partition), NULL}
#define MOLT_M_str__rpartition {"rpartition", MOLT_METH_ONE, 1, 1, MOLT_MFN(molt_str_rpartition), NULL}
#define MOLT_M_str__center {"center", MOLT_METH_CLINIC, 1, 2, MOLT_MFN(molt_str_center), NULL}
#define MOLT_M_str__ljust {"ljust", MOLT_METH_CLINIC, 1, 2, MOLT_MFN(molt_str_ljust), NULL}
#define MOLT_M_str__rjust {"rjust", MOLT_METH_CLINIC, 1, 2, MOLT_MFN(molt_str_rjust), NULL}
#define MOLT_M_str__zfill {"zfill", MOLT_METH_ONE, 1, 1, MOLT_MFN(molt_str_zfill), NULL}
#define MOLT_M_str__upper {"upper", MOLT_METH_NOARGS, 0, 0, MOLT_MFN(molt_str_upper), NULL}
#define MOLT_M_str__lower {"lower", MOLT_METH_NOARGS, 0, 0, MOLT_MFN(molt_str_lower), NULL}
#define MOLT_M_str__casefold {"casefold", MOLT_METH_NOARGS, 0, 0, MOLT_MFN(molt_str_casefold), NULL}
#define MOLT_M_str__swapcase {"swapcase", MOLT_METH_NOARGS, 0, 0, MOLT_MFN(molt_str_swapcase), NULL}
#define MOLT_M_str__capitalize {"capitalize", MOLT_METH_NOARGS, 0, 0, MOLT_MFN(molt_str_capitalize), NULL}
#define MOLT_M_str__title {"title", MOLT_METH_NOARGS, 0, 0, MOLT_MFN(molt_str_title), NULL}
#define MOLT_M_str__isalpha {"isalpha", MOLT_METH_NOARGS, 0, 0, MOLT_MFN(molt_str_isalpha), NULL}
#define MOLT_M_str__isdigit {"isdigit", MOLT_METH_NOARGS, 0, 0, MOLT_MFN(molt_str_isdigit), NULL}
#define MOLT_M_str__isdecimal {"isdecimal", MOLT_METH_NOARGS, 0, 0, MOLT_MFN(molt_str_isdecimal), NULL}
#define MOLT_M_str__isnumeric {"isnumeric", MOLT_METH_NOARGS, 0, 0, MOLT_MFN(molt_str_isnumeric), NULL}
#define MOLT_M_str__isalnum {"isalnum", MOLT_METH_NOARGS, 0, 0, MOLT_MFN(molt_str_isalnum), NULL}
#define MOLT_M_str__isspace {"isspace", MOLT_METH_NOARGS, 0, 0, MOLT_MFN(molt_str_isspace), NULL}
#define MOLT_M_str__islower {"islower", MOLT_METH_NOARGS, 0, 0, MOLT_MFN(molt_str_islower), NULL}
#define MOLT_M_str__isupper {"isupper", MOLT_METH_NOARGS, 0, 0, MOLT_MFN(molt_str_isupper), NULL}
#define MOLT_M_str__istitle {"istitle", MOLT_METH_NOARGS, 0, 0, MOLT_MFN(molt_str_istitle), NULL}
#define MOLT_M_str__isascii {"isascii", MOLT_METH_NOARGS, 0, 0, MOLT_MFN(molt_str_isascii), NULL}
#define MOLT_M_str__isidentifier {"isidentifier", MOLT_METH_NOARGS, 0, 0, MOLT_MFN(molt_str_isidentifier), NULL}
#define MOLT_M_str__isprintable {"isprintable", MOLT_METH_NOARGS, 0, 0, MOLT_MFN(molt_str_isprintable), NULL}
#define MOLT_M_str__split {"split", MOLT_METH_OLDSTYLE, 0, 2, MOLT_MFN(molt_str_split), molt_m_split_kw}
#define MOLT_M_str__rsplit {"rsplit", MOLT_METH_OLDSTYLE, 0, 2, MOLT_MFN(molt_str_rsplit), molt_m_split_kw}
#define MOLT_M_str__splitlines {"splitlines", MOLT_METH_OLDSTYLE, 0, 1, MOLT_MFN(molt_str_splitlines), molt_m_splitlines_kw}
#define MOLT_M_str__join {"join", MOLT_METH_ONE, 1, 1, MOLT_MFN(molt_str_join), NULL}
#define MOLT_M_str__removeprefix {"removeprefix", MOLT_METH_ONE, 1, 1, MOLT_MFN(molt_str_removeprefix), NULL}
#define MOLT_M_str__removesuffix {"removesuffix", MOLT_METH_ONE, 1, 1, MOLT_MFN(molt_str_removesuffix), NULL}
#define MOLT_M_str__expandtabs {"expandtabs", MOLT_METH_OLDSTYLE, 0, 1, MOLT_MFN(molt_str_expandtabs), molt_m_expandtabs_kw}
#define MOLT_M_str__translate {"translate", MOLT_METH_ONE, 1, 1, MOLT_MFN(molt_str_translate), NULL}
#define MOLT_M_str__format_map {"format_map", MOLT_METH_ONE, 1, 1, MOLT_MFN(molt_str_format_map), NULL}
#define MOLT_M_str__maketrans {"maketrans", MOLT_METH_TYPE, 0, 0, MOLT_MFN(molt_m_str_maketrans), NULL}
#define MOLT_M_str__format {"format", MOLT_METH_KWARGS, 0, -1, MOLT_MFN(molt_m_str_format), NULL}

#define MOLT_METHODS_ALL_list MOLT_M_list__append, MOLT_M_list__extend, MOLT_M_list__insert, MOLT_M_list__pop, MOLT_M_list__remove, MOLT_M_list__index, MOLT_M_list__count, MOLT_M_list__reverse, MOLT_M_list__sort, MOLT_M_list__copy, MOLT_M_list__clear
#define MOLT_METHODS_ALL_tuple MOLT_M_tuple__count, MOLT_M_tuple__index
#define MOLT_METHODS_ALL_dict MOLT_M_dict__get, MOLT_M_dict__setdefault, MOLT_M_dict__pop, MOLT_M_dict__popitem, MOLT_M_dict__update, MOLT_M_dict__copy, MOLT_M_dict__clear, MOLT_M_dict__keys, MOLT_M_dict__values, MOLT_M_dict__fromkeys, MOLT_M_dict__items
#define MOLT_METHODS_ALL_set MOLT_M_set__add, MOLT_M_set__discard, MOLT_M_set__remove, MOLT_M_set__pop, MOLT_M_set__clear, MOLT_M_set__copy, MOLT_M_set__update, MOLT_M_set__union, MOLT_M_set__intersection, MOLT_M_set__difference, MOLT_M_set__symmetric_difference, MOLT_M_set__intersection_update, MOLT_M_set__difference_update, MOLT_M_set__symmetric_difference_update, MOLT_M_set__issubset, MOLT_M_set__issuperset, MOLT_M_set__isdisjoint
#define MOLT_METHODS_ALL_frozenset MOLT_M_frozenset__copy, MOLT_M_frozenset__union, MOLT_M_frozenset__intersection, MOLT_M_frozenset__difference, MOLT_M_frozenset__symmetric_difference, MOLT_M_frozenset__issubset, MOLT_M_frozenset__issuperset, MOLT_M_frozenset__isdisjoint
#define MOLT_METHODS_ALL_int MOLT_M_int__bit_length, MOLT_M_int__bit_count, MOLT_M_int__conjugate, MOLT_M_int__as_integer_ratio
#define MOLT_METHODS_ALL_float MOLT_M_float__is_integer, MOLT_M_float__conjugate, MOLT_M_float__as_integer_ratio
#define MOLT_METHODS_ALL_dictview MOLT_M_dictview__isdisjoint
#define MOLT_METHODS_ALL_range MOLT_M_range__count, MOLT_M_range__index
#define MOLT_METHODS_ALL_slice MOLT_M_slice__indices
#define MOLT_METHODS_ALL_str MOLT_M_str__find, MOLT_M_str__rfind, MOLT_M_str__index, MOLT_M_str__rindex, MOLT_M_str__count, MOLT_M_str__startswith, MOLT_M_str__endswith, MOLT_M_str__replace, MOLT_M_str__strip, MOLT_M_str__lstrip, MOLT_M_str__rstrip, MOLT_M_str__partition, MOLT_M_str__rpartition, MOLT_M_str__center, MOLT_M_str__ljust, MOLT_M_str__rjust, MOLT_M_str__zfill, MOLT_M_str__upper, MOLT_M_str__lower, MOLT_M_str__casefold, MOLT_M_str__swapcase, MOLT_M_str__capitalize, MOLT_M_str__title, MOLT_M_str__isalpha, MOLT_M_str__isdigit, MOLT_M_str__isdecimal, MOLT_M_str__isnumeric, MOLT_M_str__isalnum, MOLT_M_str__isspace, MOLT_M_str__islower, MOLT_M_str__isupper, MOLT_M_str__istitle, MOLT_M_str__isascii, MOLT_M_str__isidentifier, MOLT_M_str__isprintable, MOLT_M_str__split, MOLT_M_str__rsplit, MOLT_M_str__splitlines, MOLT_M_str__join, MOLT_M_str__removeprefix, MOLT_M_str__removesuffix, MOLT_M_str__expandtabs, MOLT_M_str__translate, MOLT_M_str__maketrans, MOLT_M_str__format_map, MOLT_M_str__format

#endif
