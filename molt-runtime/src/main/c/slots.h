/*
 * slots.h — (runtime-internal) the number, sequence and mapping slot functions of the static types that have a
 * MoltTypeIndex, and the operation-major tables that hold them (abstract.c).
 *
 * CPython keeps each type's slots type-major (PyNumberMethods per type, Objects/abstract.c reads
 * tp_as_number->nb_add). Here the static types keep them operation-major instead: molt_nb_add_slots[tp_index]
 * is int's nb_add for MOLT_TI_INT, float's for MOLT_TI_FLOAT, and so on. Each table is a const object of its own
 * (-fdata-sections) that only its generic operation references, so `int_nb_pow` is linked only by a program that
 * links molt_pow, not by every program that links the int type. Heap types (MOLT_TI_DYNAMIC) keep their per-type
 * tables (class_slots.c); MOLT_TYPE_SLOT reads either with one indexed load, as cheap as the pointer chase of
 * tp_as_number->nb_add. The computed attributes are kept the same way (molt_getattr's table, class.c), so that a function or
 * method object does not link the whole attribute machinery.
 */
#ifndef MOLT_SLOTS_H
#define MOLT_SLOTS_H

#include "molt/molt.h"

typedef MoltValue (*molt_ssizeargfunc)(MoltValue, int64_t);

/* 1 if type t's number, sequence and mapping slots are in the tables (tp_index in 1 .. MOLT_TI_SLOTS_END - 1):
 * one unsigned comparison. Every other type has them in tp_as_* (NULL for the static types without slots). */
#define MOLT_HAS_SLOT_ROW(t) ((unsigned)(t)->tp_index - 1u < (unsigned)MOLT_TI_SLOTS_END - 1u)

/* The slot `field` (of group number, sequence or mapping) of type t: table[t->tp_index] for a static type with
 * a row in the tables, else t->tp_as_<group>->field; NULL when the type has none. */
#define MOLT_TYPE_SLOT(t, table, group, field)                                                              \
    (MOLT_HAS_SLOT_ROW(t) ? (table)[(t)->tp_index] : ((t)->tp_as_##group ? (t)->tp_as_##group->field : NULL))

/* Tables read outside abstract.c (molt_is_true, iteration by __getitem__). */
extern const molt_inquiry molt_nb_bool_slots[MOLT_TI_SLOTS_END];
extern const molt_lenfunc molt_sq_length_slots[MOLT_TI_SLOTS_END], molt_mp_length_slots[MOLT_TI_SLOTS_END];
extern const molt_ssizeargfunc molt_sq_item_slots[MOLT_TI_SLOTS_END];

/* ---- the slot functions (each defined in its type's file) ---------------------------------------------------- */

/* object.c */
int molt_none_bool(MoltValue v);

/* int_type.c (bool shares int's, except & | ^) */
MoltValue int_nb_add(MoltValue a, MoltValue b);
MoltValue int_nb_sub(MoltValue a, MoltValue b);
MoltValue int_nb_mul(MoltValue a, MoltValue b);
MoltValue int_nb_mod(MoltValue a, MoltValue b);
MoltValue int_nb_divmod(MoltValue a, MoltValue b);
MoltValue int_nb_floordiv(MoltValue a, MoltValue b);
MoltValue int_nb_truediv(MoltValue a, MoltValue b);
MoltValue int_nb_lshift(MoltValue a, MoltValue b);
MoltValue int_nb_rshift(MoltValue a, MoltValue b);
MoltValue int_nb_and(MoltValue a, MoltValue b);
MoltValue int_nb_or(MoltValue a, MoltValue b);
MoltValue int_nb_xor(MoltValue a, MoltValue b);
MoltValue int_nb_pow(MoltValue a, MoltValue b, MoltValue m);
MoltValue int_nb_pos(MoltValue a);
int int_nb_bool(MoltValue a);
MoltValue bool_nb_and(MoltValue a, MoltValue b);
MoltValue bool_nb_or(MoltValue a, MoltValue b);
MoltValue bool_nb_xor(MoltValue a, MoltValue b);

/* float.c */
MoltValue float_nb_add(MoltValue a, MoltValue b);
MoltValue float_nb_sub(MoltValue a, MoltValue b);
MoltValue float_nb_mul(MoltValue a, MoltValue b);
MoltValue float_nb_rem(MoltValue a, MoltValue b);
MoltValue float_nb_divmod(MoltValue a, MoltValue b);
MoltValue float_nb_pow(MoltValue a, MoltValue b, MoltValue m);
MoltValue float_nb_neg(MoltValue a);
MoltValue float_nb_pos(MoltValue a);
MoltValue float_nb_abs(MoltValue a);
int float_nb_bool(MoltValue a);
MoltValue float_nb_floor_div(MoltValue a, MoltValue b);
MoltValue float_nb_div(MoltValue a, MoltValue b);

/* str.c */
int64_t str_sq_length(MoltValue v);
MoltValue str_sq_item(MoltValue v, int64_t i);
int str_sq_contains(MoltValue v, MoltValue x);
MoltValue str_mp_subscript(MoltValue v, MoltValue key);

/* list.c */
int64_t list_sq_length(MoltValue v);
MoltValue list_sq_concat(MoltValue a, MoltValue b);
MoltValue list_sq_repeat(MoltValue v, int64_t n);
MoltValue list_sq_item(MoltValue v, int64_t i);
int list_sq_contains(MoltValue v, MoltValue x);
MoltValue list_mp_subscript(MoltValue v, MoltValue key);
int list_mp_ass_subscript(MoltValue v, MoltValue key, MoltValue x);

/* tuple.c */
int64_t tuple_sq_length(MoltValue v);
MoltValue tuple_sq_concat(MoltValue a, MoltValue b);
MoltValue tuple_sq_repeat(MoltValue v, int64_t n);
MoltValue tuple_sq_item(MoltValue v, int64_t i);
int tuple_sq_contains(MoltValue v, MoltValue x);
MoltValue tuple_mp_subscript(MoltValue v, MoltValue key);

/* dict.c, dict_views.c */
MoltValue dict_nb_or(MoltValue a, MoltValue b);
int dict_sq_contains(MoltValue v, MoltValue key);
int64_t dict_mp_length(MoltValue v);
int dict_mp_ass_subscript(MoltValue v, MoltValue key, MoltValue x);
int64_t dictview_sq_length(MoltValue v);
int dict_keys_sq_contains(MoltValue v, MoltValue key);
int dict_items_sq_contains(MoltValue v, MoltValue item);
MoltValue dictview_nb_sub(MoltValue a, MoltValue b);
MoltValue dictview_nb_and(MoltValue a, MoltValue b);
MoltValue dictview_nb_xor(MoltValue a, MoltValue b);
MoltValue dictview_nb_or(MoltValue a, MoltValue b);

/* set.c (set and frozenset share them; the operators are set_ops.c's molt_setimpl_*) */
int64_t set_sq_length(MoltValue v);
int set_sq_contains(MoltValue v, MoltValue k);

/* slice.c */
MoltValue range_getattr(MoltValue o, MoltValue name);
MoltValue slice_getattr(MoltValue o, MoltValue name);
int range_nb_bool(MoltValue v);
int64_t range_sq_length(MoltValue v);
MoltValue range_sq_item(MoltValue v, int64_t i);
int range_sq_contains(MoltValue v, MoltValue x);
MoltValue range_mp_subscript(MoltValue v, MoltValue key);

#endif
