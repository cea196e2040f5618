/*
 * int_type.c — the int and bool type objects: number slots (which return
 * NotImplemented for non-int operands so float's slots get their turn),
 * hash, rich comparison, repr.
 *
 * Source followed: CPython 3.12 Objects/longobject.c (long_hash, long_richcompare),
 * Objects/boolobject.c (bool_repr, bool_nb_and/or/xor).
 */
#include "molt/method_defs.h"
#include "bigint.h"
#include "slots.h"

#define MODULUS ((UINT64_C(1) << 61) - 1)

MoltHash molt_int_hash(MoltValue v) {
    if (molt_is_smallint(v) || molt_is_bool(v)) {
        int64_t i = molt_is_bool(v) ? molt_as_bool(v) : molt_as_smallint(v);
        return i == -1 ? -2 : i; /* |i| < 2**47 < MODULUS */
    }
    IntView a;
    int_view(v, &a);
    uint64_t x = 0;
    for (size_t i = a.n; i-- > 0;) {
        /* x = x * 2**32 + limb (mod 2**61 - 1): multiply by 2**32 is a 61-bit rotation */
        x = ((x << 32) & MODULUS) | (x >> 29);
        x += a.d[i];
        if (x >= MODULUS) x -= MODULUS;
    }
    MoltHash h = a.sign < 0 ? -(MoltHash)x : (MoltHash)x;
    return h == -1 ? -2 : h;
}

static MoltHash int_hash_slot(MoltValue v) { return molt_int_hash(v); }

static MoltValue int_repr(MoltValue v) { return molt_int_str(v); }

static MoltValue int_richcompare(MoltValue a, MoltValue b, int op) {
    if (!molt_is_intlike(b)) return MOLT_NOTIMPLEMENTED;
    return molt_cmp_result(molt_int_compare(a, b), op);
}

#define INT_BINARY_SLOT(name, impl)                                             \
    MoltValue name(MoltValue a, MoltValue b) {                                  \
        if (!molt_is_intlike(a) || !molt_is_intlike(b)) return MOLT_NOTIMPLEMENTED; \
        return impl(a, b);                                                      \
    }

INT_BINARY_SLOT(int_nb_add, molt_int_add)
INT_BINARY_SLOT(int_nb_sub, molt_int_sub)
INT_BINARY_SLOT(int_nb_mul, molt_int_mul)
INT_BINARY_SLOT(int_nb_mod, molt_int_mod)
INT_BINARY_SLOT(int_nb_divmod, molt_int_divmod)
INT_BINARY_SLOT(int_nb_floordiv, molt_int_floordiv)
INT_BINARY_SLOT(int_nb_truediv, molt_int_truediv)
INT_BINARY_SLOT(int_nb_lshift, molt_int_lshift)
INT_BINARY_SLOT(int_nb_rshift, molt_int_rshift)
INT_BINARY_SLOT(int_nb_and, molt_int_and)
INT_BINARY_SLOT(int_nb_or, molt_int_or)
INT_BINARY_SLOT(int_nb_xor, molt_int_xor)

MoltValue int_nb_pow(MoltValue a, MoltValue b, MoltValue m) {
    if (!molt_is_intlike(a) || !molt_is_intlike(b)) return MOLT_NOTIMPLEMENTED;
    if (m != MOLT_NONE && !molt_is_intlike(m)) return MOLT_NOTIMPLEMENTED;
    return molt_int_pow(a, b, m);
}

MoltValue int_nb_pos(MoltValue a) {
    return molt_is_bool(a) ? molt_from_smallint(molt_as_bool(a)) : molt_incref(a);
}

int int_nb_bool(MoltValue a) { return molt_int_sign(a) != 0; }

static void int_dealloc(MoltObject *o) { molt_free_object(o); }

MoltType MoltInt_Type = {
    .ob = MOLT_STATIC_HEADER(&MoltType_Type),
    .tp_name = "int",
    .tp_methods = molt_methods_int,
    .tp_basicsize = sizeof(MoltBigInt),
    .tp_flags = MOLT_TPFLAG_INT_SUBCLASS,
    .tp_dealloc = int_dealloc,
    .tp_repr = int_repr,
    .tp_hash = int_hash_slot,
    .tp_richcompare = int_richcompare,
    .tp_index = MOLT_TI_INT,
    .tp_base = &MoltBaseObject_Type,
    .tp_mro = MOLT_NONE,
    .tp_dict = MOLT_NONE,
};

/* ---- bool ------------------------------------------------------------------ */

static MoltValue bool_repr(MoltValue v) { return molt_str_from_cstr(molt_as_bool(v) ? "True" : "False"); }

#define BOOL_LOGIC_SLOT(name, cop, intimpl)                                   \
    MoltValue name(MoltValue a, MoltValue b) {                                \
        if (molt_is_bool(a) && molt_is_bool(b))                               \
            return molt_from_bool((int)molt_as_bool(a) cop (int)molt_as_bool(b));       \
        return int_nb_##intimpl(a, b);                                        \
    }

BOOL_LOGIC_SLOT(bool_nb_and, &, and)
BOOL_LOGIC_SLOT(bool_nb_or, |, or)
BOOL_LOGIC_SLOT(bool_nb_xor, ^, xor)

MoltType MoltBool_Type = {
    .ob = MOLT_STATIC_HEADER(&MoltType_Type),
    .tp_name = "bool",
    .tp_methods = molt_methods_int,
    .tp_basicsize = 0,
    .tp_flags = MOLT_TPFLAG_INT_SUBCLASS,
    .tp_repr = bool_repr,
    .tp_hash = int_hash_slot,
    .tp_richcompare = int_richcompare,
    .tp_index = MOLT_TI_BOOL,
    .tp_base = &MoltInt_Type,
    .tp_mro = MOLT_NONE,
    .tp_dict = MOLT_NONE,
};
