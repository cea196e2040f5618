/*
 * molt/object.h — type objects and the generic object protocol.
 *
 * MoltType mirrors CPython's PyTypeObject, reduced to the slots the runtime
 * uses. A slot that is NULL means "not supported"; the generic functions below
 * turn that into CPython's TypeError. Binary number slots take (a, b) in source
 * order and return MOLT_NOTIMPLEMENTED when they don't handle the pair; the
 * dispatcher then tries the right operand's type, as CPython's binary_op1
 * (Objects/abstract.c) does for C types.
 *
 * Reference conventions (as CPython): every function returning MoltValue
 * returns a NEW reference, or MOLT_ERROR with an exception set. Arguments are
 * BORROWED unless a comment says "steals".
 */
#ifndef MOLT_OBJECT_H
#define MOLT_OBJECT_H

#include "molt/value.h"

typedef MoltValue (*molt_unaryfunc)(MoltValue);
typedef MoltValue (*molt_binaryfunc)(MoltValue, MoltValue);
typedef MoltValue (*molt_ternaryfunc)(MoltValue, MoltValue, MoltValue);
typedef MoltHash (*molt_hashfunc)(MoltValue);
typedef MoltValue (*molt_richcmpfunc)(MoltValue, MoltValue, int op);
typedef void (*molt_destructor)(MoltObject *);
typedef int64_t (*molt_lenfunc)(MoltValue);        /* -1 on error */
typedef int (*molt_objobjproc)(MoltValue, MoltValue); /* -1 error, 0/1 */
typedef int (*molt_inquiry)(MoltValue);             /* -1 error, 0/1 */
/* The generic ("vector") call entry, PEP 590: args[0..nargs) are the
 * positional arguments followed by len(kwnames) keyword argument values;
 * kwnames is a tuple of str, or 0 when there are no keyword arguments.
 * All borrowed. Returns a new reference or MOLT_ERROR. */
typedef MoltValue (*molt_vectorcallfunc)(MoltValue callable, const MoltValue *args, size_t nargs,
                                          MoltValue kwnames);
/* o[key] = v; v == MOLT_ERROR means `del o[key]`. Returns 0 or -1. */
typedef int (*molt_objobjargproc)(MoltValue o, MoltValue key, MoltValue v);

/* Rich comparison operators (CPython's Py_LT ... Py_GE). */
enum { MOLT_LT = 0, MOLT_LE = 1, MOLT_EQ = 2, MOLT_NE = 3, MOLT_GT = 4, MOLT_GE = 5 };

/* The result of comparison `op` (MOLT_LT ... MOLT_GE) given a three-way result c (<0, 0, >0):
 * MOLT_TRUE or MOLT_FALSE (immortal, no reference to release). */
static inline MoltValue molt_cmp_result(int c, int op) {
    switch (op) {
    case MOLT_LT: return molt_from_bool(c < 0);
    case MOLT_LE: return molt_from_bool(c <= 0);
    case MOLT_EQ: return molt_from_bool(c == 0);
    case MOLT_NE: return molt_from_bool(c != 0);
    case MOLT_GT: return molt_from_bool(c > 0);
    default: return molt_from_bool(c >= 0);
    }
}

/* PyNumberMethods, reduced. */
typedef struct MoltNumberMethods {
    molt_binaryfunc nb_add, nb_subtract, nb_multiply, nb_remainder, nb_divmod;
    molt_ternaryfunc nb_power; /* third argument MOLT_NONE when absent */
    molt_unaryfunc nb_negative, nb_positive, nb_absolute;
    molt_inquiry nb_bool;
    molt_unaryfunc nb_invert;
    molt_binaryfunc nb_lshift, nb_rshift, nb_and, nb_xor, nb_or;
    molt_unaryfunc nb_int, nb_float;
    molt_binaryfunc nb_floor_divide, nb_true_divide;
    molt_unaryfunc nb_index;
} MoltNumberMethods;

/* PySequenceMethods, reduced. */
typedef struct MoltSequenceMethods {
    molt_lenfunc sq_length;
    molt_binaryfunc sq_concat;
    MoltValue (*sq_repeat)(MoltValue, int64_t);
    MoltValue (*sq_item)(MoltValue, int64_t); /* index already normalised */
    molt_objobjproc sq_contains;
} MoltSequenceMethods;

/* PyMappingMethods, reduced. */
typedef struct MoltMappingMethods {
    molt_lenfunc mp_length;
    molt_binaryfunc mp_subscript;
    molt_objobjargproc mp_ass_subscript; /* NULL: immutable */
} MoltMappingMethods;

/* The static types' small indices (MoltType.tp_index). The number, sequence and mapping slots and the computed
 * attributes ("tp_getattr") of these types are stored operation-major: each generic operation (molt_pow,
 * molt_lshift, molt_getitem, molt_getattr, ...) reads its slot from a const table indexed by tp_index that only it references (abstract.c,
 * class.c), so a slot function is linked only when the operation that calls it is; the constructors of the builtin
 * types likewise sit in molt_ctor_table (molt/builtin_defs.h), which a program prunes to the types it can name.
 * MOLT_TI_DYNAMIC (0: heap types and every other static type) means "use tp_as_number / tp_as_sequence /
 * tp_as_mapping; no computed attributes". */
typedef enum MoltTypeIndex {
    MOLT_TI_DYNAMIC = 0,
    /* types with number, sequence or mapping slots (the tables of abstract.c have MOLT_TI_SLOTS_END rows) */
    MOLT_TI_NONE, MOLT_TI_BOOL, MOLT_TI_INT, MOLT_TI_FLOAT, MOLT_TI_STR, MOLT_TI_LIST, MOLT_TI_TUPLE,
    MOLT_TI_DICT, MOLT_TI_DICT_KEYS, MOLT_TI_DICT_VALUES, MOLT_TI_DICT_ITEMS, MOLT_TI_SET, MOLT_TI_FROZENSET,
    MOLT_TI_RANGE, MOLT_TI_SLOTS_END,
    /* more types with a constructor in molt_ctor_table (MOLT_TI_CTORS_END rows) */
    MOLT_TI_SLICE = MOLT_TI_SLOTS_END, MOLT_TI_TYPE, MOLT_TI_OBJECT, MOLT_TI_ENUMERATE, MOLT_TI_ZIP, MOLT_TI_MAP,
    MOLT_TI_FILTER, MOLT_TI_REVERSED, MOLT_TI_CTORS_END,
    /* more types with computed attributes (molt_getattr's table has MOLT_TI_COUNT rows) */
    MOLT_TI_BUILTIN_FUNCTION = MOLT_TI_CTORS_END, MOLT_TI_FUNCTION, MOLT_TI_METHOD, MOLT_TI_METHOD_DESCRIPTOR,
    MOLT_TI_STATICMETHOD, MOLT_TI_CLASSMETHOD, MOLT_TI_PROPERTY, MOLT_TI_SUPER,
    MOLT_TI_COUNT
} MoltTypeIndex;

/* Type flags. */
#define MOLT_TPFLAG_BASE_EXC (UINT32_C(1) << 0)  /* BaseException or a subclass */
#define MOLT_TPFLAG_INT_SUBCLASS (UINT32_C(1) << 1)

typedef struct MoltType {
    MoltObject ob;                   /* type(t) is MoltType_Type */
    const char *tp_name;             /* e.g. "int", "ZeroDivisionError" */
    size_t tp_basicsize;
    uint32_t tp_flags;
    molt_destructor tp_dealloc;
    molt_unaryfunc tp_repr, tp_str;
    molt_hashfunc tp_hash;           /* NULL: unhashable */
    molt_richcmpfunc tp_richcompare;
    const MoltNumberMethods *tp_as_number;
    const MoltSequenceMethods *tp_as_sequence;
    const MoltMappingMethods *tp_as_mapping;
    struct MoltType *tp_base;        /* NULL only for object */
    MoltValue tp_mro;                /* tuple, set by molt_type_ready; MOLT_NONE before */
    MoltValue tp_dict;               /* reserved (no dict yet): MOLT_NONE */
    const char *tp_doc;
    molt_unaryfunc tp_iter;          /* iter(o): a new iterator */
    /* next(it): a new reference, MOLT_EXHAUSTED when done (no exception set),
     * or MOLT_ERROR. */
    molt_unaryfunc tp_iternext;
    molt_vectorcallfunc tp_call;     /* o(...) */
    /* Calling the type itself (int(x), list(it), C(...)): receives the type
     * as `callable`. NULL: "cannot create 'T' instances". */
    molt_vectorcallfunc tp_vectorcall;
    /* Offset of the instance attribute dict (a MoltValue: dict or MOLT_NONE
     * until first use) in instances; 0: instances have no __dict__. */
    size_t tp_dictoffset;
    MoltValue tp_bases; /* heap types: tuple of the bases; static types: MOLT_NONE (= (tp_base,)) */
    /* The builtin methods (`"a".upper`), a NULL-name terminated molt/method_defs.h table, or NULL. Each type
     * names its own table (CPython's tp_methods), so a type nothing reaches takes its methods with it. */
    const struct MoltMethodDef *tp_methods;
    /* A MoltTypeIndex: a static type whose slots live in the operation tables, or MOLT_TI_DYNAMIC. Such a type
     * leaves tp_as_number and tp_as_sequence NULL (tp_as_mapping is &molt_static_as_mapping when it has
     * mp_subscript: see there), and tp_vectorcall NULL when molt_ctor_table holds its constructor. The attributes
     * a static type computes (CPython's getset and member descriptors: `f.__name__`, `r.start`, `(1).real`;
     * PyTypeObject's tp_getset/tp_members) are its row of molt_getattr's table (class.c), which is tried first:
     * a new reference, MOLT_ERROR, or MOLT_NOTIMPLEMENTED when the name is not one of them. */
    uint8_t tp_index;
} MoltType;

/* The tp_as_mapping of a static type with a subscript slot (str, list, tuple, dict, range): a marker whose non-NULL
 * mp_subscript tells a mapping-like type (`t->tp_as_mapping && t->tp_as_mapping->mp_subscript`, CPython's
 * PyMapping_Check). Its slots are not the type's: calling one raises SystemError. Subscript with molt_getitem,
 * molt_setitem, molt_len. */
extern const struct MoltMappingMethods molt_static_as_mapping;

/* CPython's Py_TPFLAGS_HEAPTYPE: created at run time by molt_make_class. */
#define MOLT_TPFLAG_HEAPTYPE (UINT32_C(1) << 2)

extern MoltType MoltType_Type, MoltBaseObject_Type, MoltNone_Type, MoltBool_Type,
    MoltInt_Type, MoltFloat_Type, MoltStr_Type, MoltTuple_Type, MoltNotImplemented_Type;

/* type(v), borrowed. Never fails. */
MoltType *molt_type_of(MoltValue v);
/* molt_type_of, inlined (the runtime's hot generic paths: number and container dispatch). */
static inline MoltType *molt_type_of_inline(MoltValue v) {
    if (molt_is_double(v)) return &MoltFloat_Type;
    switch (v & MOLT_TAG_MASK) {
    case MOLT_TAG_INT: return &MoltInt_Type;
    case MOLT_TAG_BOOL: return &MoltBool_Type;
    case MOLT_TAG_NONE: return &MoltNone_Type;
    case MOLT_TAG_PTR: return molt_as_ptr(v)->type;
    case MOLT_TAG_NOTIMPL: return &MoltNotImplemented_Type;
    default: return &MoltNone_Type; /* MOLT_ERROR must never reach here */
    }
}
/* 1 if `t` is `base` or a subclass of it (walks tp_base). */
bool molt_type_is_subtype(const MoltType *t, const MoltType *base);
/* Fill tp_mro from tp_base. Returns 0, or -1 with MemoryError set. */
int molt_type_ready(MoltType *t);
/* Drop tp_mro again (runtime shut-down, so leak checkers see a clean heap). */
void molt_type_release(MoltType *t);
/* Makes a heap object the runtime keeps for good (an MRO tuple, an unbound method) immortal: no longer counted by
 * molt_live_objects, so leak checks see only collectable objects. molt_obj_release_immortal frees it again at
 * shut-down. */
void molt_obj_immortalize(MoltObject *o);
void molt_obj_release_immortal(MoltObject *o);
/* t->tp_mro (borrowed), readying a static type on first use: only the types a program touches are set up
 * (and linked). MOLT_ERROR with MemoryError on failure. */
MoltValue molt_type_mro(MoltType *t);
/* molt_type_release of every type molt_type_ready readied (molt_runtime_fini). */
void molt_types_release(void);

/* ---- generic protocol (Objects/object.c, Objects/abstract.c) ------------- */

MoltValue molt_repr(MoltValue v);          /* new str */
MoltValue molt_str(MoltValue v);           /* new str */
MoltHash molt_hash(MoltValue v);
/* object.__hash__: the address, rotated as CPython's _Py_HashPointer. */
MoltHash molt_identity_hash(MoltValue v);           /* -1 + TypeError "unhashable type: 'T'" */
MoltValue molt_richcompare(MoltValue a, MoltValue b, int op); /* new ref */
int molt_richcompare_bool(MoltValue a, MoltValue b, int op);  /* -1, 0, 1; identity shortcut for EQ/NE */
int molt_is_true(MoltValue v);             /* -1 on error */

MoltValue molt_add(MoltValue a, MoltValue b);
MoltValue molt_sub(MoltValue a, MoltValue b);
MoltValue molt_mul(MoltValue a, MoltValue b);
MoltValue molt_truediv(MoltValue a, MoltValue b);
MoltValue molt_floordiv(MoltValue a, MoltValue b);
MoltValue molt_mod(MoltValue a, MoltValue b);
MoltValue molt_divmod(MoltValue a, MoltValue b);
MoltValue molt_pow(MoltValue a, MoltValue b, MoltValue m); /* m: MOLT_NONE for a ** b */
MoltValue molt_lshift(MoltValue a, MoltValue b);
MoltValue molt_rshift(MoltValue a, MoltValue b);
MoltValue molt_and(MoltValue a, MoltValue b);
MoltValue molt_or(MoltValue a, MoltValue b);
MoltValue molt_xor(MoltValue a, MoltValue b);
MoltValue molt_neg(MoltValue a);
MoltValue molt_pos(MoltValue a);
MoltValue molt_invert(MoltValue a);
MoltValue molt_abs(MoltValue a);

int64_t molt_len(MoltValue v);                   /* -1 + TypeError "object of type 'T' has no len()" */
MoltValue molt_getitem(MoltValue v, MoltValue key);
int molt_contains(MoltValue container, MoltValue item); /* `item in container`: -1, 0, 1 */

/* o[key] = v / del o[key]: 0 or -1 ("'T' object does not support item assignment"). */
int molt_setitem(MoltValue o, MoltValue key, MoltValue v);
int molt_delitem(MoltValue o, MoltValue key);

/* Py_ReprEnter/Py_ReprLeave: 1 if `v` is already being repr'd (print
 * "[...]"), 0 after marking it, -1 on error. */
int molt_repr_enter(MoltValue v);
void molt_repr_leave(MoltValue v);

/* Allocate a heap object of `size` bytes with refcnt 1 and type `t`.
 * Returns NULL with MemoryError set on failure. */
void *molt_alloc_object(MoltType *t, size_t size);
/* Release the memory of an object (the tp_dealloc's last step). */
void molt_free_object(MoltObject *o);
/* An object of exactly t->tp_basicsize bytes, reusing a block of a per-size free list (as CPython keeps free
 * lists of its small objects); released only by molt_free_fixed, which a type allocated this way must use in
 * its tp_dealloc. NULL with MemoryError on failure. Free lists hold at most MOLT_FREE_LIST_MAX blocks of each
 * 16-byte size class up to 128 bytes; they are off in sanitizer builds, so that use-after-free stays visible. */
void *molt_alloc_fixed(MoltType *t);
void molt_free_fixed(MoltObject *o);
/* Frees the blocks kept in the free lists (molt_runtime_fini). */
void molt_free_lists_clear(void);

/* Number of live heap objects allocated by molt_alloc_object (leak checks). */
int64_t molt_live_objects(void);

#endif
