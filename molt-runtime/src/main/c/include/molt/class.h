/*
 * molt/class.h — classes created at run time, attribute access with
 * descriptors, super(), and user-defined dunders dispatched from the generic
 * operations.
 *
 * molt_make_class(name, bases, ns) is the last step of `class` (CPython's
 * type(name, bases, ns)): bases is a tuple of classes (empty = (object,)),
 * ns the namespace dict the class body filled (`__module__`/`__qualname__`
 * keys are used for repr). The new type's MRO is C3 (TypeError "Cannot create
 * a consistent method resolution order (MRO) for bases A, B" as CPython).
 * Supported bases: object, the builtin exceptions, and other Molt classes;
 * others raise NotImplementedError (subclassing int/str/list/dict needs their
 * layouts; later).
 *
 * Heap types are immortal: created once (classes are usually module-level),
 * kept in a registry and freed by molt_runtime_fini (so instances never hold a
 * reference to their type, and the self-reference in the MRO is harmless).
 *
 * Calling a class: __new__ (if a class in the MRO defines it) or the default
 * allocation, then __init__(self, *args, **kwargs) when the result is an
 * instance of the class (TypeError "C() takes no arguments" when neither is
 * defined and arguments are given; "__init__() should return None, not 'int'").
 *
 * Attribute lookup (PyObject_GenericGetAttr): data descriptors (property) in
 * the type's MRO, then the instance dict, then non-data descriptors
 * (functions -> bound methods, staticmethod, classmethod) and plain class
 * attributes. AttributeError messages as CPython 3.11: "'C' object has no
 * attribute 'x'", "type object 'C' has no attribute 'x'".
 *
 * Dunders: a heap type's slots look up `__repr__`, `__str__`, `__hash__`
 * (None when the class defines __eq__ without __hash__), `__eq__`... with
 * NotImplemented reflection, `__len__`, `__getitem__`, `__setitem__`,
 * `__delitem__`, `__iter__`, `__next__`, `__contains__`, `__bool__`,
 * `__call__`, `__add__`/`__radd__` ... (binary numeric operators with the
 * reflected-operand rules of CPython's SLOT1BINFULL), and molt_inplace_*
 * try `__iadd__` ... first.
 *
 * Source followed: CPython 3.11 Objects/typeobject.c (type_new, mro_internal /
 * C3 and its error message, type_call, slot_* functions, super_getattro),
 * Objects/object.c (PyObject_GenericGetAttr/SetAttr), Objects/descrobject.c,
 * Objects/funcobject.c (staticmethod, classmethod).
 */
#ifndef MOLT_CLASS_H
#define MOLT_CLASS_H

#include "molt/object.h"

extern MoltType MoltStaticMethod_Type, MoltClassMethod_Type, MoltProperty_Type, MoltSuper_Type;

MoltValue molt_make_class(const char *name, MoltValue bases, MoltValue ns);
/* Frees every class made by molt_make_class (runtime shut-down). */
void molt_classes_fini(void);

/* The str for an attribute name, created once and kept until
 * molt_runtime_fini (borrowed; generated code may pass string literals). */
MoltValue molt_dunder(const char *name);

/* o.name (name a str); o.name = v (v MOLT_ERROR: del o.name); 0 / -1. */
MoltValue molt_getattr(MoltValue o, MoltValue name);
MoltValue molt_getattr_cstr(MoltValue o, const char *name);
int molt_setattr(MoltValue o, MoltValue name, MoltValue v);
/* hasattr: -1 (an error other than AttributeError), 0, 1 */
int molt_hasattr(MoltValue o, MoltValue name);
/* super(cls, self).name */
MoltValue molt_super_getattr(MoltValue cls, MoltValue self, MoltValue name);
/* s.name for a super object `s` made by calling the builtin super(type, obj)
 * (super.c); name a str. New reference or MOLT_ERROR. */
MoltValue molt_super_object_getattr(MoltValue s, MoltValue name);
/* The attribute found on type(o)'s MRO (borrowed) or MOLT_ERROR (no exception set). */
MoltValue molt_type_lookup(MoltType *t, MoltValue name);
/* Bumped whenever an attribute of an existing class is set or deleted (a class's tp_dict changes only then):
 * what a cache learnt from the class dicts stays true while the epoch it saw is current (CPython's type
 * version tags, one for all types). Starts at 1, so a zeroed cache has seen no epoch. */
extern uint64_t molt_type_attr_epoch;

MoltValue molt_staticmethod_new(MoltValue f);
MoltValue molt_classmethod_new(MoltValue f);
/* The function inside a staticmethod or classmethod (borrowed). */
MoltValue molt_wrapped_callable(MoltValue sm);
/* property(fget, fset, fdel): MOLT_NONE for absent parts. */
MoltValue molt_property_new(MoltValue fget, MoltValue fset, MoltValue fdel);

/* Augmented assignment (PyNumber_InPlaceAdd ...): __iadd__ of a Molt class,
 * list += iterable (extend), set |= set ..., else the binary operator. */
MoltValue molt_inplace_add(MoltValue v, MoltValue w);
MoltValue molt_inplace_sub(MoltValue v, MoltValue w);
MoltValue molt_inplace_mul(MoltValue v, MoltValue w);
MoltValue molt_inplace_or(MoltValue v, MoltValue w);
MoltValue molt_inplace_and(MoltValue v, MoltValue w);
MoltValue molt_inplace_xor(MoltValue v, MoltValue w);

#endif
