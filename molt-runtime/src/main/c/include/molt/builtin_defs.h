/*
 * molt/builtin_defs.h — the builtins a program names (`print`, `len`, `int`, ...): the table molt_builtin()
 * searches, one MOLT_B__<name> initializer per entry. The runtime defines molt_builtin_table as a weak symbol
 * holding all of them; the code generators, which know every name a program loads, define it strong with only
 * those (dev.molt.runtime.RuntimeTables), so the linker drops the builtins — and the types, methods and tables
 * behind them — that the program cannot reach. The exception classes are found separately (molt_builtin).
 * The Java side reads the `#define MOLT_B__<name>` lines of this file, so keep each on one line.
 */
#ifndef MOLT_BUILTIN_DEFS_H
#define MOLT_BUILTIN_DEFS_H

#include "molt/molt.h"

typedef struct MoltBuiltinDef {
    const char *name; /* NULL ends the table */
    MoltObject *obj;  /* a static, immortal builtin function or type */
} MoltBuiltinDef;

extern MoltBuiltin molt_builtin_print, molt_builtin_len, molt_builtin_abs, molt_builtin_repr, molt_builtin_hash, molt_builtin_id, molt_builtin_callable, molt_builtin_ord, molt_builtin_chr, molt_builtin_min, molt_builtin_max, molt_builtin_sum, molt_builtin_any, molt_builtin_all, molt_builtin_iter, molt_builtin_next, molt_builtin_round, molt_builtin_divmod, molt_builtin_pow, molt_builtin_isinstance, molt_builtin_issubclass, molt_builtin_sorted, molt_builtin_getattr, molt_builtin_setattr, molt_builtin_delattr, molt_builtin_hasattr, molt_builtin_ascii, molt_builtin_format, molt_builtin_bin, molt_builtin_oct, molt_builtin_hex;

#define MOLT_BUILTIN_END {NULL, NULL}
/* The definition of the table (followed by its initializer). */
#define MOLT_BUILTIN_TABLE const MoltBuiltinDef molt_builtin_table[]
extern const MoltBuiltinDef molt_builtin_table[];

#define MOLT_B__print {"print", (MoltObject *)&molt_builtin_print}
#define MOLT_B__len {"len", (MoltObject *)&molt_builtin_len}
#define MOLT_B__abs {"abs", (MoltObject *)&molt_builtin_abs}
#define MOLT_B__repr {"repr", (MoltObject *)&molt_builtin_repr}
#define MOLT_B__hash {"hash", (MoltObject *)&molt_builtin_hash}
#define MOLT_B__id {"id", (MoltObject *)&molt_builtin_id}
#define MOLT_B__callable {"callable", (MoltObject *)&molt_builtin_callable}
#define MOLT_B__ord {"ord", (MoltObject *)&molt_builtin_ord}
#define MOLT_B__chr {"chr", (MoltObject *)&molt_builtin_chr}
#define MOLT_B__min {"min", (MoltObject *)&molt_builtin_min}
#define MOLT_B__max {"max", (MoltObject *)&molt_builtin_max}
#define MOLT_B__sum {"sum", (MoltObject *)&molt_builtin_sum}
#define MOLT_B__any {"any", (MoltObject *)&molt_builtin_any}
#define MOLT_B__all {"all", (MoltObject *)&molt_builtin_all}
#define MOLT_B__iter {"iter", (MoltObject *)&molt_builtin_iter}
#define MOLT_B__next {"next", (MoltObject *)&molt_builtin_next}
#define MOLT_B__round {"round", (MoltObject *)&molt_builtin_round}
#define MOLT_B__divmod {"divmod", (MoltObject *)&molt_builtin_divmod}
#define MOLT_B__pow {"pow", (MoltObject *)&molt_builtin_pow}
#define MOLT_B__isinstance {"isinstance", (MoltObject *)&molt_builtin_isinstance}
#define MOLT_B__issubclass {"issubclass", (MoltObject *)&molt_builtin_issubclass}
#define MOLT_B__sorted {"sorted", (MoltObject *)&molt_builtin_sorted}
#define MOLT_B__getattr {"getattr", (MoltObject *)&molt_builtin_getattr}
#define MOLT_B__setattr {"setattr", (MoltObject *)&molt_builtin_setattr}
#define MOLT_B__delattr {"delattr", (MoltObject *)&molt_builtin_delattr}
#define MOLT_B__hasattr {"hasattr", (MoltObject *)&molt_builtin_hasattr}
#define MOLT_B__ascii {"ascii", (MoltObject *)&molt_builtin_ascii}
#define MOLT_B__format {"format", (MoltObject *)&molt_builtin_format}
#define MOLT_B__bin {"bin", (MoltObject *)&molt_builtin_bin}
#define MOLT_B__oct {"oct", (MoltObject *)&molt_builtin_oct}
#define MOLT_B__hex {"hex", (MoltObject *)&molt_builtin_hex}
#define MOLT_B__int {"int", &MoltInt_Type.ob}
#define MOLT_B__float {"float", &MoltFloat_Type.ob}
#define MOLT_B__str {"str", &MoltStr_Type.ob}
#define MOLT_B__bool {"bool", &MoltBool_Type.ob}
#define MOLT_B__list {"list", &MoltList_Type.ob}
#define MOLT_B__tuple {"tuple", &MoltTuple_Type.ob}
#define MOLT_B__dict {"dict", &MoltDict_Type.ob}
#define MOLT_B__set {"set", &MoltSet_Type.ob}
#define MOLT_B__frozenset {"frozenset", &MoltFrozenSet_Type.ob}
#define MOLT_B__range {"range", &MoltRange_Type.ob}
#define MOLT_B__slice {"slice", &MoltSlice_Type.ob}
#define MOLT_B__enumerate {"enumerate", &MoltEnumerate_Type.ob}
#define MOLT_B__zip {"zip", &MoltZip_Type.ob}
#define MOLT_B__map {"map", &MoltMap_Type.ob}
#define MOLT_B__filter {"filter", &MoltFilter_Type.ob}
#define MOLT_B__reversed {"reversed", &MoltReversed_Type.ob}
#define MOLT_B__type {"type", &MoltType_Type.ob}
#define MOLT_B__object {"object", &MoltBaseObject_Type.ob}
#define MOLT_B__super {"super", &MoltSuper_Type.ob}
#define MOLT_B__staticmethod {"staticmethod", &MoltStaticMethod_Type.ob}
#define MOLT_B__classmethod {"classmethod", &MoltClassMethod_Type.ob}
#define MOLT_B__property {"property", &MoltProperty_Type.ob}

#define MOLT_BUILTINS_ALL MOLT_B__print, MOLT_B__len, MOLT_B__abs, MOLT_B__repr, MOLT_B__hash, MOLT_B__id, MOLT_B__callable, MOLT_B__ord, MOLT_B__chr, MOLT_B__min, MOLT_B__max, MOLT_B__sum, MOLT_B__any, MOLT_B__all, MOLT_B__iter, MOLT_B__next, MOLT_B__round, MOLT_B__divmod, MOLT_B__pow, MOLT_B__isinstance, MOLT_B__issubclass, MOLT_B__sorted, MOLT_B__getattr, MOLT_B__setattr, MOLT_B__delattr, MOLT_B__hasattr, MOLT_B__ascii, MOLT_B__format, MOLT_B__bin, MOLT_B__oct, MOLT_B__hex, MOLT_B__int, MOLT_B__float, MOLT_B__str, MOLT_B__bool, MOLT_B__list, MOLT_B__tuple, MOLT_B__dict, MOLT_B__set, MOLT_B__frozenset, MOLT_B__range, MOLT_B__slice, MOLT_B__enumerate, MOLT_B__zip, MOLT_B__map, MOLT_B__filter, MOLT_B__reversed, MOLT_B__type, MOLT_B__object, MOLT_B__super, MOLT_B__staticmethod, MOLT_B__classmethod, MOLT_B__property

#endif
