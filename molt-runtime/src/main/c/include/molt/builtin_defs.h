/*
 * molt/builtin_defs.h — the builtins a program names (`print`, `len`, `int`, ...): the table molt_builtin()
 * searches, one MOLT_B__<name> initializer per entry. The runtime defines molt_builtin_table as a weak symbol
 * holding all of them; the code generators, which know every name a program loads, define it strong with only
 * those (dev.molt.runtime.RuntimeTables), so the linker drops the builtins — and the types, methods and tables
 * behind them — that the program cannot reach. The exception classes are entries too (with CPython's aliases
 * EnvironmentError and IOError of OSError).
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

#define MOLT_B__BaseException {"BaseException", &MoltExc_BaseException.ob}
#define MOLT_B__SystemExit {"SystemExit", &MoltExc_SystemExit.ob}
#define MOLT_B__KeyboardInterrupt {"KeyboardInterrupt", &MoltExc_KeyboardInterrupt.ob}
#define MOLT_B__GeneratorExit {"GeneratorExit", &MoltExc_GeneratorExit.ob}
#define MOLT_B__Exception {"Exception", &MoltExc_Exception.ob}
#define MOLT_B__StopIteration {"StopIteration", &MoltExc_StopIteration.ob}
#define MOLT_B__StopAsyncIteration {"StopAsyncIteration", &MoltExc_StopAsyncIteration.ob}
#define MOLT_B__ArithmeticError {"ArithmeticError", &MoltExc_ArithmeticError.ob}
#define MOLT_B__FloatingPointError {"FloatingPointError", &MoltExc_FloatingPointError.ob}
#define MOLT_B__OverflowError {"OverflowError", &MoltExc_OverflowError.ob}
#define MOLT_B__ZeroDivisionError {"ZeroDivisionError", &MoltExc_ZeroDivisionError.ob}
#define MOLT_B__AssertionError {"AssertionError", &MoltExc_AssertionError.ob}
#define MOLT_B__AttributeError {"AttributeError", &MoltExc_AttributeError.ob}
#define MOLT_B__BufferError {"BufferError", &MoltExc_BufferError.ob}
#define MOLT_B__EOFError {"EOFError", &MoltExc_EOFError.ob}
#define MOLT_B__ImportError {"ImportError", &MoltExc_ImportError.ob}
#define MOLT_B__ModuleNotFoundError {"ModuleNotFoundError", &MoltExc_ModuleNotFoundError.ob}
#define MOLT_B__LookupError {"LookupError", &MoltExc_LookupError.ob}
#define MOLT_B__IndexError {"IndexError", &MoltExc_IndexError.ob}
#define MOLT_B__KeyError {"KeyError", &MoltExc_KeyError.ob}
#define MOLT_B__MemoryError {"MemoryError", &MoltExc_MemoryError.ob}
#define MOLT_B__NameError {"NameError", &MoltExc_NameError.ob}
#define MOLT_B__UnboundLocalError {"UnboundLocalError", &MoltExc_UnboundLocalError.ob}
#define MOLT_B__OSError {"OSError", &MoltExc_OSError.ob}
#define MOLT_B__BlockingIOError {"BlockingIOError", &MoltExc_BlockingIOError.ob}
#define MOLT_B__ChildProcessError {"ChildProcessError", &MoltExc_ChildProcessError.ob}
#define MOLT_B__ConnectionError {"ConnectionError", &MoltExc_ConnectionError.ob}
#define MOLT_B__BrokenPipeError {"BrokenPipeError", &MoltExc_BrokenPipeError.ob}
#define MOLT_B__ConnectionAbortedError {"ConnectionAbortedError", &MoltExc_ConnectionAbortedError.ob}
#define MOLT_B__ConnectionRefusedError {"ConnectionRefusedError", &MoltExc_ConnectionRefusedError.ob}
#define MOLT_B__ConnectionResetError {"ConnectionResetError", &MoltExc_ConnectionResetError.ob}
#define MOLT_B__FileExistsError {"FileExistsError", &MoltExc_FileExistsError.ob}
#define MOLT_B__FileNotFoundError {"FileNotFoundError", &MoltExc_FileNotFoundError.ob}
#define MOLT_B__InterruptedError {"InterruptedError", &MoltExc_InterruptedError.ob}
#define MOLT_B__IsADirectoryError {"IsADirectoryError", &MoltExc_IsADirectoryError.ob}
#define MOLT_B__NotADirectoryError {"NotADirectoryError", &MoltExc_NotADirectoryError.ob}
#define MOLT_B__PermissionError {"PermissionError", &MoltExc_PermissionError.ob}
#define MOLT_B__ProcessLookupError {"ProcessLookupError", &MoltExc_ProcessLookupError.ob}
#define MOLT_B__TimeoutError {"TimeoutError", &MoltExc_TimeoutError.ob}
#define MOLT_B__ReferenceError {"ReferenceError", &MoltExc_ReferenceError.ob}
#define MOLT_B__RuntimeError {"RuntimeError", &MoltExc_RuntimeError.ob}
#define MOLT_B__NotImplementedError {"NotImplementedError", &MoltExc_NotImplementedError.ob}
#define MOLT_B__RecursionError {"RecursionError", &MoltExc_RecursionError.ob}
#define MOLT_B__SyntaxError {"SyntaxError", &MoltExc_SyntaxError.ob}
#define MOLT_B__IndentationError {"IndentationError", &MoltExc_IndentationError.ob}
#define MOLT_B__TabError {"TabError", &MoltExc_TabError.ob}
#define MOLT_B__SystemError {"SystemError", &MoltExc_SystemError.ob}
#define MOLT_B__TypeError {"TypeError", &MoltExc_TypeError.ob}
#define MOLT_B__ValueError {"ValueError", &MoltExc_ValueError.ob}
#define MOLT_B__UnicodeError {"UnicodeError", &MoltExc_UnicodeError.ob}
#define MOLT_B__UnicodeEncodeError {"UnicodeEncodeError", &MoltExc_UnicodeEncodeError.ob}
#define MOLT_B__UnicodeDecodeError {"UnicodeDecodeError", &MoltExc_UnicodeDecodeError.ob}
#define MOLT_B__UnicodeTranslateError {"UnicodeTranslateError", &MoltExc_UnicodeTranslateError.ob}
#define MOLT_B__Warning {"Warning", &MoltExc_Warning.ob}
#define MOLT_B__DeprecationWarning {"DeprecationWarning", &MoltExc_DeprecationWarning.ob}
#define MOLT_B__PendingDeprecationWarning {"PendingDeprecationWarning", &MoltExc_PendingDeprecationWarning.ob}
#define MOLT_B__RuntimeWarning {"RuntimeWarning", &MoltExc_RuntimeWarning.ob}
#define MOLT_B__SyntaxWarning {"SyntaxWarning", &MoltExc_SyntaxWarning.ob}
#define MOLT_B__UserWarning {"UserWarning", &MoltExc_UserWarning.ob}
#define MOLT_B__FutureWarning {"FutureWarning", &MoltExc_FutureWarning.ob}
#define MOLT_B__ImportWarning {"ImportWarning", &MoltExc_ImportWarning.ob}
#define MOLT_B__UnicodeWarning {"UnicodeWarning", &MoltExc_UnicodeWarning.ob}
#define MOLT_B__BytesWarning {"BytesWarning", &MoltExc_BytesWarning.ob}
#define MOLT_B__ResourceWarning {"ResourceWarning", &MoltExc_ResourceWarning.ob}
#define MOLT_B__EncodingWarning {"EncodingWarning", &MoltExc_EncodingWarning.ob}
#define MOLT_B__EnvironmentError {"EnvironmentError", &MoltExc_OSError.ob}
#define MOLT_B__IOError {"IOError", &MoltExc_OSError.ob}
#define MOLT_BUILTINS_ALL MOLT_B__print, MOLT_B__len, MOLT_B__abs, MOLT_B__repr, MOLT_B__hash, MOLT_B__id, MOLT_B__callable, MOLT_B__ord, MOLT_B__chr, MOLT_B__min, MOLT_B__max, MOLT_B__sum, MOLT_B__any, MOLT_B__all, MOLT_B__iter, MOLT_B__next, MOLT_B__round, MOLT_B__divmod, MOLT_B__pow, MOLT_B__isinstance, MOLT_B__issubclass, MOLT_B__sorted, MOLT_B__getattr, MOLT_B__setattr, MOLT_B__delattr, MOLT_B__hasattr, MOLT_B__ascii, MOLT_B__format, MOLT_B__bin, MOLT_B__oct, MOLT_B__hex, MOLT_B__int, MOLT_B__float, MOLT_B__str, MOLT_B__bool, MOLT_B__list, MOLT_B__tuple, MOLT_B__dict, MOLT_B__set, MOLT_B__frozenset, MOLT_B__range, MOLT_B__slice, MOLT_B__enumerate, MOLT_B__zip, MOLT_B__map, MOLT_B__filter, MOLT_B__reversed, MOLT_B__type, MOLT_B__object, MOLT_B__super, MOLT_B__staticmethod, MOLT_B__classmethod, MOLT_B__property, MOLT_B__BaseException, MOLT_B__SystemExit, MOLT_B__KeyboardInterrupt, MOLT_B__GeneratorExit, MOLT_B__Exception, MOLT_B__StopIteration, MOLT_B__StopAsyncIteration, MOLT_B__ArithmeticError, MOLT_B__FloatingPointError, MOLT_B__OverflowError, MOLT_B__ZeroDivisionError, MOLT_B__AssertionError, MOLT_B__AttributeError, MOLT_B__BufferError, MOLT_B__EOFError, MOLT_B__ImportError, MOLT_B__ModuleNotFoundError, MOLT_B__LookupError, MOLT_B__IndexError, MOLT_B__KeyError, MOLT_B__MemoryError, MOLT_B__NameError, MOLT_B__UnboundLocalError, MOLT_B__OSError, MOLT_B__BlockingIOError, MOLT_B__ChildProcessError, MOLT_B__ConnectionError, MOLT_B__BrokenPipeError, MOLT_B__ConnectionAbortedError, MOLT_B__ConnectionRefusedError, MOLT_B__ConnectionResetError, MOLT_B__FileExistsError, MOLT_B__FileNotFoundError, MOLT_B__InterruptedError, MOLT_B__IsADirectoryError, MOLT_B__NotADirectoryError, MOLT_B__PermissionError, MOLT_B__ProcessLookupError, MOLT_B__TimeoutError, MOLT_B__ReferenceError, MOLT_B__RuntimeError, MOLT_B__NotImplementedError, MOLT_B__RecursionError, MOLT_B__SyntaxError, MOLT_B__IndentationError, MOLT_B__TabError, MOLT_B__SystemError, MOLT_B__TypeError, MOLT_B__ValueError, MOLT_B__UnicodeError, MOLT_B__UnicodeEncodeError, MOLT_B__UnicodeDecodeError, MOLT_B__UnicodeTranslateError, MOLT_B__Warning, MOLT_B__DeprecationWarning, MOLT_B__PendingDeprecationWarning, MOLT_B__RuntimeWarning, MOLT_B__SyntaxWarning, MOLT_B__UserWarning, MOLT_B__FutureWarning, MOLT_B__ImportWarning, MOLT_B__UnicodeWarning, MOLT_B__BytesWarning, MOLT_B__ResourceWarning, MOLT_B__EncodingWarning, MOLT_B__EnvironmentError, MOLT_B__IOError

/* The constructors of the static types with a MoltTypeIndex (what calling `int`, `list`, ... does; builtins_types.c),
 * indexed by tp_index: molt_type_call reads molt_ctor_table[t->tp_index]. A program can call such a type only if
 * it can name it: by its builtin name, or by reflection (`type(x)`, `x.__class__`, `__mro__`, `__bases__`,
 * getattr with a computed name). The runtime defines the table weak with every constructor (runtime_tables.c);
 * the code generators define it strong with the entries of the builtin names the program contains, or all of
 * them when it uses a reflective name (dev.molt.runtime.RuntimeTables), so the constructors (int(str) parsing,
 * float(str), range(...) argument handling, ...) of the types a program never calls are dropped. A NULL entry
 * means "cannot create 'T' instances", which a pruned program cannot reach. One MOLT_C__<builtin name> per entry;
 * the Java side reads the `#define MOLT_C__<name>` lines, so keep each on one line. */
#define MOLT_CTOR_TABLE const molt_vectorcallfunc molt_ctor_table[MOLT_TI_CTORS_END]
extern const molt_vectorcallfunc molt_ctor_table[MOLT_TI_CTORS_END];

#define MOLT_C__type [MOLT_TI_TYPE] = molt_ctor_type
#define MOLT_C__object [MOLT_TI_OBJECT] = molt_ctor_object
#define MOLT_C__int [MOLT_TI_INT] = molt_ctor_int
#define MOLT_C__float [MOLT_TI_FLOAT] = molt_ctor_float
#define MOLT_C__str [MOLT_TI_STR] = molt_ctor_str
#define MOLT_C__bool [MOLT_TI_BOOL] = molt_ctor_bool
#define MOLT_C__list [MOLT_TI_LIST] = molt_ctor_list
#define MOLT_C__tuple [MOLT_TI_TUPLE] = molt_ctor_tuple
#define MOLT_C__dict [MOLT_TI_DICT] = molt_ctor_dict
#define MOLT_C__set [MOLT_TI_SET] = molt_ctor_set
#define MOLT_C__frozenset [MOLT_TI_FROZENSET] = molt_ctor_frozenset
#define MOLT_C__range [MOLT_TI_RANGE] = molt_ctor_range
#define MOLT_C__slice [MOLT_TI_SLICE] = molt_ctor_slice
#define MOLT_C__enumerate [MOLT_TI_ENUMERATE] = molt_ctor_enumerate
#define MOLT_C__zip [MOLT_TI_ZIP] = molt_ctor_zip
#define MOLT_C__map [MOLT_TI_MAP] = molt_ctor_map
#define MOLT_C__filter [MOLT_TI_FILTER] = molt_ctor_filter
#define MOLT_C__reversed [MOLT_TI_REVERSED] = molt_ctor_reversed
#define MOLT_CTORS_ALL MOLT_C__type, MOLT_C__object, MOLT_C__int, MOLT_C__float, MOLT_C__str, MOLT_C__bool, MOLT_C__list, MOLT_C__tuple, MOLT_C__dict, MOLT_C__set, MOLT_C__frozenset, MOLT_C__range, MOLT_C__slice, MOLT_C__enumerate, MOLT_C__zip, MOLT_C__map, MOLT_C__filter, MOLT_C__reversed

#endif
