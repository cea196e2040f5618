/*
 * abstract.c — the generic number and container protocol: binary and unary number dispatch, truth, len,
 * getitem/setitem/delitem, contains; and, next to each operation, the operation-major table of the static
 * types' slots it reads (slots.h).
 *
 * Each table is indexed by MoltTypeIndex and is its own const object (-fdata-sections) referenced only by the
 * operation that reads it, so a program links `int ** int` (int_nb_pow, molt_int_pow, the big-int
 * multiplication) only if it links molt_pow. Heap types keep their per-type tables (class_slots.c): for them
 * MOLT_TYPE_SLOT reads tp_as_number / tp_as_sequence / tp_as_mapping, exactly as before.
 *
 * Source followed: CPython 3.12 Objects/abstract.c (binary_op1, ternary_op, PyNumber_Add/Multiply sequence
 * fallbacks, PyObject_GetItem, PySequence_Contains), Objects/object.c (PyObject_IsTrue).
 */
#include "molt/molt.h"
#include "setimpl.h"
#include "slots.h"

/* The static types' tp_as_mapping (object.h). Their subscript slots are in molt_mp_subscript_slots below, which
 * only molt_getitem reads; this mp_subscript only marks the type as subscriptable (CPython's PyMapping_Check:
 * str_printf.c) and is never called by the runtime. It does not call molt_getitem, so that the static types do not
 * link every subscript implementation. */
static MoltValue static_mp_subscript(MoltValue v, MoltValue key) {
    (void)key;
    molt_err_format(&MoltExc_SystemError, "'%s' subscript slot called directly (use molt_getitem)",
                    molt_type_of_inline(v)->tp_name);
    return MOLT_ERROR;
}
const MoltMappingMethods molt_static_as_mapping = {.mp_subscript = static_mp_subscript};

/* ---- truth ------------------------------------------------------------------------------------------------ */

const molt_inquiry molt_nb_bool_slots[MOLT_TI_SLOTS_END] = {
    [MOLT_TI_NONE] = molt_none_bool, [MOLT_TI_BOOL] = int_nb_bool, [MOLT_TI_INT] = int_nb_bool,
    [MOLT_TI_FLOAT] = float_nb_bool, [MOLT_TI_RANGE] = range_nb_bool,
};
const molt_lenfunc molt_mp_length_slots[MOLT_TI_SLOTS_END] = {
    [MOLT_TI_STR] = str_sq_length, [MOLT_TI_LIST] = list_sq_length, [MOLT_TI_TUPLE] = tuple_sq_length,
    [MOLT_TI_DICT] = dict_mp_length, [MOLT_TI_RANGE] = range_sq_length,
};
const molt_lenfunc molt_sq_length_slots[MOLT_TI_SLOTS_END] = {
    [MOLT_TI_STR] = str_sq_length, [MOLT_TI_LIST] = list_sq_length, [MOLT_TI_TUPLE] = tuple_sq_length,
    [MOLT_TI_DICT_KEYS] = dictview_sq_length, [MOLT_TI_DICT_VALUES] = dictview_sq_length,
    [MOLT_TI_DICT_ITEMS] = dictview_sq_length, [MOLT_TI_SET] = set_sq_length, [MOLT_TI_FROZENSET] = set_sq_length,
    [MOLT_TI_RANGE] = range_sq_length,
};

int molt_is_true(MoltValue v) {
    if (molt_is_bool(v)) return molt_as_bool(v);
    if (molt_is_smallint(v)) return molt_as_smallint(v) != 0;
    if (molt_is_double(v)) return molt_as_double(v) != 0.0;
    if (v == MOLT_NONE) return 0;
    MoltType *t = molt_type_of_inline(v);
    molt_inquiry nb_bool = MOLT_TYPE_SLOT(t, molt_nb_bool_slots, number, nb_bool);
    if (nb_bool) return nb_bool(v);
    int64_t n = -2;
    molt_lenfunc len = MOLT_TYPE_SLOT(t, molt_mp_length_slots, mapping, mp_length);
    if (!len) len = MOLT_TYPE_SLOT(t, molt_sq_length_slots, sequence, sq_length);
    if (len) n = len(v);
    if (n == -2) return 1;
    return n < 0 ? -1 : n > 0;
}

/* ---- number dispatch ------------------------------------------------------ */

/* The nb_* slot of each type, for binary_op1. */
#define NB_SLOT(t, table, field) MOLT_TYPE_SLOT(t, table, number, field)

static MoltValue binary_op1(MoltValue v, MoltValue w, const molt_binaryfunc *table, size_t slot_offset) {
    MoltType *tv = molt_type_of_inline(v), *tw = molt_type_of_inline(w);
    molt_binaryfunc slotv = NULL, slotw = NULL;
    if (MOLT_HAS_SLOT_ROW(tv)) slotv = table[tv->tp_index];
    else if (tv->tp_as_number) slotv = *(const molt_binaryfunc *)((const char *)tv->tp_as_number + slot_offset);
    if (tw != tv) {
        if (MOLT_HAS_SLOT_ROW(tw)) slotw = table[tw->tp_index];
        else if (tw->tp_as_number) slotw = *(const molt_binaryfunc *)((const char *)tw->tp_as_number + slot_offset);
        if (slotw == slotv) slotw = NULL;
    }
    if (slotv) {
        if (slotw && molt_type_is_subtype(tw, tv)) {
            MoltValue x = slotw(v, w);
            if (x != MOLT_NOTIMPLEMENTED) return x;
            slotw = NULL;
        }
        MoltValue x = slotv(v, w);
        if (x != MOLT_NOTIMPLEMENTED) return x;
    }
    if (slotw) return slotw(v, w);
    return MOLT_NOTIMPLEMENTED;
}

static MoltValue binop_type_error(MoltValue v, MoltValue w, const char *opname) {
    molt_err_format(&MoltExc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", opname,
                    molt_type_of_inline(v)->tp_name, molt_type_of_inline(w)->tp_name);
    return MOLT_ERROR;
}

#define BINARY_OP1(v, w, slot) binary_op1(v, w, molt_##slot##_slots, offsetof(MoltNumberMethods, slot))

#define BINARY_FUNC(func, slot, opname)                                          \
    MoltValue func(MoltValue v, MoltValue w) {                                   \
        MoltValue r = BINARY_OP1(v, w, slot);                                    \
        if (r == MOLT_NOTIMPLEMENTED) return binop_type_error(v, w, opname);     \
        return r;                                                                \
    }

/* The int, bool and float rows every arithmetic table shares. */
#define INT_ROWS(slot) [MOLT_TI_BOOL] = int_##slot, [MOLT_TI_INT] = int_##slot

static const molt_binaryfunc molt_nb_subtract_slots[MOLT_TI_SLOTS_END] = {
    INT_ROWS(nb_sub), [MOLT_TI_FLOAT] = float_nb_sub, [MOLT_TI_DICT_KEYS] = dictview_nb_sub,
    [MOLT_TI_DICT_ITEMS] = dictview_nb_sub, [MOLT_TI_SET] = molt_setimpl_sub, [MOLT_TI_FROZENSET] = molt_setimpl_sub,
};
BINARY_FUNC(molt_sub, nb_subtract, "-")

static const molt_binaryfunc molt_nb_true_divide_slots[MOLT_TI_SLOTS_END] = {
    INT_ROWS(nb_truediv), [MOLT_TI_FLOAT] = float_nb_div,
};
BINARY_FUNC(molt_truediv, nb_true_divide, "/")

static const molt_binaryfunc molt_nb_floor_divide_slots[MOLT_TI_SLOTS_END] = {
    INT_ROWS(nb_floordiv), [MOLT_TI_FLOAT] = float_nb_floor_div,
};
BINARY_FUNC(molt_floordiv, nb_floor_divide, "//")

/* str % x is printf-style formatting (unicode_mod, CPython's str nb_remainder; with no subclasses of str, the
 * str slot always comes first and never declines). Tested here rather than in str's number slots, so only
 * programs that use % link the formatter. */
static const molt_binaryfunc molt_nb_remainder_slots[MOLT_TI_SLOTS_END] = {
    INT_ROWS(nb_mod), [MOLT_TI_FLOAT] = float_nb_rem,
};
MoltValue molt_mod(MoltValue v, MoltValue w) {
    if (molt_is_str(v)) return molt_str_printf(v, w);
    MoltValue r = BINARY_OP1(v, w, nb_remainder);
    if (r == MOLT_NOTIMPLEMENTED) return binop_type_error(v, w, "%");
    return r;
}

static const molt_binaryfunc molt_nb_divmod_slots[MOLT_TI_SLOTS_END] = {
    INT_ROWS(nb_divmod), [MOLT_TI_FLOAT] = float_nb_divmod,
};
BINARY_FUNC(molt_divmod, nb_divmod, "divmod()")

static const molt_binaryfunc molt_nb_lshift_slots[MOLT_TI_SLOTS_END] = {INT_ROWS(nb_lshift)};
BINARY_FUNC(molt_lshift, nb_lshift, "<<")

static const molt_binaryfunc molt_nb_rshift_slots[MOLT_TI_SLOTS_END] = {INT_ROWS(nb_rshift)};
BINARY_FUNC(molt_rshift, nb_rshift, ">>")

static const molt_binaryfunc molt_nb_and_slots[MOLT_TI_SLOTS_END] = {
    [MOLT_TI_BOOL] = bool_nb_and, [MOLT_TI_INT] = int_nb_and, [MOLT_TI_DICT_KEYS] = dictview_nb_and,
    [MOLT_TI_DICT_ITEMS] = dictview_nb_and, [MOLT_TI_SET] = molt_setimpl_and, [MOLT_TI_FROZENSET] = molt_setimpl_and,
};
BINARY_FUNC(molt_and, nb_and, "&")

static const molt_binaryfunc molt_nb_or_slots[MOLT_TI_SLOTS_END] = {
    [MOLT_TI_BOOL] = bool_nb_or, [MOLT_TI_INT] = int_nb_or, [MOLT_TI_DICT] = dict_nb_or,
    [MOLT_TI_DICT_KEYS] = dictview_nb_or, [MOLT_TI_DICT_ITEMS] = dictview_nb_or, [MOLT_TI_SET] = molt_setimpl_or,
    [MOLT_TI_FROZENSET] = molt_setimpl_or,
};
BINARY_FUNC(molt_or, nb_or, "|")

static const molt_binaryfunc molt_nb_xor_slots[MOLT_TI_SLOTS_END] = {
    [MOLT_TI_BOOL] = bool_nb_xor, [MOLT_TI_INT] = int_nb_xor, [MOLT_TI_DICT_KEYS] = dictview_nb_xor,
    [MOLT_TI_DICT_ITEMS] = dictview_nb_xor, [MOLT_TI_SET] = molt_setimpl_xor, [MOLT_TI_FROZENSET] = molt_setimpl_xor,
};
BINARY_FUNC(molt_xor, nb_xor, "^")

static const molt_binaryfunc molt_nb_add_slots[MOLT_TI_SLOTS_END] = {INT_ROWS(nb_add), [MOLT_TI_FLOAT] = float_nb_add};
static const molt_binaryfunc molt_sq_concat_slots[MOLT_TI_SLOTS_END] = {
    [MOLT_TI_STR] = molt_str_concat, [MOLT_TI_LIST] = list_sq_concat, [MOLT_TI_TUPLE] = tuple_sq_concat,
};

MoltValue molt_add(MoltValue v, MoltValue w) {
    if (molt_is_smallint(v) && molt_is_smallint(w)) {
        int64_t r = molt_as_smallint(v) + molt_as_smallint(w);
        if (molt_smallint_fits(r)) return molt_from_smallint(r);
    }
    MoltValue r = BINARY_OP1(v, w, nb_add);
    if (r != MOLT_NOTIMPLEMENTED) return r;
    MoltType *tv = molt_type_of_inline(v);
    molt_binaryfunc concat = MOLT_TYPE_SLOT(tv, molt_sq_concat_slots, sequence, sq_concat);
    if (concat) return concat(v, w);
    return binop_type_error(v, w, "+");
}

static const molt_ssizeargfunc molt_sq_repeat_slots[MOLT_TI_SLOTS_END] = {
    [MOLT_TI_STR] = molt_str_repeat, [MOLT_TI_LIST] = list_sq_repeat, [MOLT_TI_TUPLE] = tuple_sq_repeat,
};

static MoltValue sequence_repeat(molt_ssizeargfunc repeat, MoltValue seq, MoltValue n) {
    if (!molt_is_intlike(n)) {
        molt_err_format(&MoltExc_TypeError, "can't multiply sequence by non-int of type '%s'",
                        molt_type_of_inline(n)->tp_name);
        return MOLT_ERROR;
    }
    int64_t count;
    if (molt_int_as_i64(n, &count) < 0) { /* PyNumber_AsSsize_t(n, PyExc_OverflowError) */
        molt_err_clear();
        molt_err_format(&MoltExc_OverflowError, "cannot fit '%s' into an index-sized integer",
                        molt_type_of_inline(n)->tp_name);
        return MOLT_ERROR;
    }
    return repeat(seq, count);
}

static const molt_binaryfunc molt_nb_multiply_slots[MOLT_TI_SLOTS_END] = {
    INT_ROWS(nb_mul), [MOLT_TI_FLOAT] = float_nb_mul,
};

MoltValue molt_mul(MoltValue v, MoltValue w) {
    MoltValue r = BINARY_OP1(v, w, nb_multiply);
    if (r != MOLT_NOTIMPLEMENTED) return r;
    MoltType *tv = molt_type_of_inline(v), *tw = molt_type_of_inline(w);
    molt_ssizeargfunc repeat = MOLT_TYPE_SLOT(tv, molt_sq_repeat_slots, sequence, sq_repeat);
    if (repeat) return sequence_repeat(repeat, v, w);
    repeat = MOLT_TYPE_SLOT(tw, molt_sq_repeat_slots, sequence, sq_repeat);
    if (repeat) return sequence_repeat(repeat, w, v);
    return binop_type_error(v, w, "*");
}

static const molt_ternaryfunc molt_nb_power_slots[MOLT_TI_SLOTS_END] = {
    [MOLT_TI_BOOL] = int_nb_pow, [MOLT_TI_INT] = int_nb_pow, [MOLT_TI_FLOAT] = float_nb_pow,
};

MoltValue molt_pow(MoltValue v, MoltValue w, MoltValue z) {
    MoltType *tv = molt_type_of_inline(v), *tw = molt_type_of_inline(w);
    molt_ternaryfunc slotv = NB_SLOT(tv, molt_nb_power_slots, nb_power), slotw = NULL;
    if (tw != tv) {
        slotw = NB_SLOT(tw, molt_nb_power_slots, nb_power);
        if (slotw == slotv) slotw = NULL;
    }
    if (slotv) {
        if (slotw && molt_type_is_subtype(tw, tv)) {
            MoltValue x = slotw(v, w, z);
            if (x != MOLT_NOTIMPLEMENTED) return x;
            slotw = NULL;
        }
        MoltValue x = slotv(v, w, z);
        if (x != MOLT_NOTIMPLEMENTED) return x;
    }
    if (slotw) {
        MoltValue x = slotw(v, w, z);
        if (x != MOLT_NOTIMPLEMENTED) return x;
    }
    if (z == MOLT_NONE) return binop_type_error(v, w, "** or pow()");
    molt_err_format(&MoltExc_TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                    tv->tp_name, tw->tp_name, molt_type_of_inline(z)->tp_name);
    return MOLT_ERROR;
}

static MoltValue unary_op(MoltValue v, const molt_unaryfunc *table, size_t slot_offset, const char *opname) {
    MoltType *t = molt_type_of_inline(v);
    molt_unaryfunc f = NULL;
    if (MOLT_HAS_SLOT_ROW(t)) f = table[t->tp_index];
    else if (t->tp_as_number) f = *(const molt_unaryfunc *)((const char *)t->tp_as_number + slot_offset);
    if (f) return f(v);
    molt_err_format(&MoltExc_TypeError, "bad operand type for %s: '%s'", opname, t->tp_name);
    return MOLT_ERROR;
}

#define UNARY_FUNC(func, slot, opname, ...)                                                     \
    static const molt_unaryfunc molt_##slot##_slots[MOLT_TI_SLOTS_END] = {__VA_ARGS__};             \
    MoltValue func(MoltValue v) {                                                                \
        return unary_op(v, molt_##slot##_slots, offsetof(MoltNumberMethods, slot), opname);      \
    }

UNARY_FUNC(molt_neg, nb_negative, "unary -", [MOLT_TI_BOOL] = molt_int_neg, [MOLT_TI_INT] = molt_int_neg,
           [MOLT_TI_FLOAT] = float_nb_neg)
UNARY_FUNC(molt_pos, nb_positive, "unary +", [MOLT_TI_BOOL] = int_nb_pos, [MOLT_TI_INT] = int_nb_pos,
           [MOLT_TI_FLOAT] = float_nb_pos)
UNARY_FUNC(molt_invert, nb_invert, "unary ~", [MOLT_TI_BOOL] = molt_int_invert, [MOLT_TI_INT] = molt_int_invert)
UNARY_FUNC(molt_abs, nb_absolute, "abs()", [MOLT_TI_BOOL] = molt_int_abs, [MOLT_TI_INT] = molt_int_abs,
           [MOLT_TI_FLOAT] = float_nb_abs)

/* ---- containers ----------------------------------------------------------- */

int64_t molt_len(MoltValue v) {
    MoltType *t = molt_type_of_inline(v);
    molt_lenfunc len = MOLT_TYPE_SLOT(t, molt_sq_length_slots, sequence, sq_length);
    if (!len) len = MOLT_TYPE_SLOT(t, molt_mp_length_slots, mapping, mp_length);
    if (len) return len(v);
    molt_err_format(&MoltExc_TypeError, "object of type '%s' has no len()", t->tp_name);
    return -1;
}

static const molt_binaryfunc molt_mp_subscript_slots[MOLT_TI_SLOTS_END] = {
    [MOLT_TI_STR] = str_mp_subscript, [MOLT_TI_LIST] = list_mp_subscript, [MOLT_TI_TUPLE] = tuple_mp_subscript,
    [MOLT_TI_DICT] = molt_dict_getitem, [MOLT_TI_RANGE] = range_mp_subscript,
};
const molt_ssizeargfunc molt_sq_item_slots[MOLT_TI_SLOTS_END] = {
    [MOLT_TI_STR] = str_sq_item, [MOLT_TI_LIST] = list_sq_item, [MOLT_TI_TUPLE] = tuple_sq_item,
    [MOLT_TI_RANGE] = range_sq_item,
};

MoltValue molt_getitem(MoltValue v, MoltValue key) {
    MoltType *t = molt_type_of_inline(v);
    /* (Tested by index, not by address: naming &MoltRange_Type here would link range into every program.) */
    if ((molt_type_of_inline(key)->tp_flags & MOLT_TPFLAG_HEAPTYPE) &&
        (t->tp_index == MOLT_TI_LIST || t->tp_index == MOLT_TI_TUPLE || t->tp_index == MOLT_TI_STR ||
         t->tp_index == MOLT_TI_RANGE)) {
        MoltValue ix = molt_class_number(key, "__index__"); /* a sequence index with __index__ */
        if (ix == MOLT_ERROR) return ix;
        if (ix != MOLT_NOTIMPLEMENTED) {
            MoltValue r = molt_getitem(v, ix);
            molt_decref(ix);
            return r;
        }
    }
    molt_binaryfunc subscript = MOLT_TYPE_SLOT(t, molt_mp_subscript_slots, mapping, mp_subscript);
    if (subscript) return subscript(v, key);
    molt_ssizeargfunc item = MOLT_TYPE_SLOT(t, molt_sq_item_slots, sequence, sq_item);
    if (item) {
        if (!molt_is_intlike(key)) {
            molt_err_format(&MoltExc_TypeError, "sequence index must be integer, not '%s'",
                            molt_type_of_inline(key)->tp_name);
            return MOLT_ERROR;
        }
        int64_t i;
        if (molt_int_as_i64(key, &i) < 0) return MOLT_ERROR;
        if (i < 0) i += MOLT_TYPE_SLOT(t, molt_sq_length_slots, sequence, sq_length)(v);
        return item(v, i);
    }
    molt_err_format(&MoltExc_TypeError, "'%s' object is not subscriptable", t->tp_name);
    return MOLT_ERROR;
}

static const molt_objobjproc molt_sq_contains_slots[MOLT_TI_SLOTS_END] = {
    [MOLT_TI_STR] = str_sq_contains, [MOLT_TI_LIST] = list_sq_contains, [MOLT_TI_TUPLE] = tuple_sq_contains,
    [MOLT_TI_DICT] = dict_sq_contains, [MOLT_TI_DICT_KEYS] = dict_keys_sq_contains,
    [MOLT_TI_DICT_ITEMS] = dict_items_sq_contains, [MOLT_TI_SET] = set_sq_contains,
    [MOLT_TI_FROZENSET] = set_sq_contains, [MOLT_TI_RANGE] = range_sq_contains,
};

int molt_contains(MoltValue container, MoltValue item) {
    MoltType *t = molt_type_of_inline(container);
    molt_objobjproc contains = MOLT_TYPE_SLOT(t, molt_sq_contains_slots, sequence, sq_contains);
    if (contains) return contains(container, item);
    if (t->tp_iter) { /* _PySequence_IterSearch */
        MoltValue it = molt_iter(container);
        if (it == MOLT_ERROR) return -1;
        for (;;) {
            MoltValue x = molt_next(it);
            if (x == MOLT_EXHAUSTED) break;
            if (x == MOLT_ERROR) {
                molt_decref(it);
                return -1;
            }
            int k = molt_richcompare_bool(x, item, MOLT_EQ);
            molt_decref(x);
            if (k != 0) {
                molt_decref(it);
                return k;
            }
        }
        molt_decref(it);
        return 0;
    }
    molt_err_format(&MoltExc_TypeError, "argument of type '%s' is not iterable", t->tp_name);
    return -1;
}

static const molt_objobjargproc molt_mp_ass_subscript_slots[MOLT_TI_SLOTS_END] = {
    [MOLT_TI_LIST] = list_mp_ass_subscript, [MOLT_TI_DICT] = dict_mp_ass_subscript,
};

int molt_setitem(MoltValue o, MoltValue key, MoltValue v) {
    MoltType *t = molt_type_of_inline(o);
    molt_objobjargproc ass = MOLT_TYPE_SLOT(t, molt_mp_ass_subscript_slots, mapping, mp_ass_subscript);
    if (ass) return ass(o, key, v);
    molt_err_format(&MoltExc_TypeError, "'%s' object does not support item assignment", t->tp_name);
    return -1;
}

int molt_delitem(MoltValue o, MoltValue key) {
    MoltType *t = molt_type_of_inline(o);
    molt_objobjargproc ass = MOLT_TYPE_SLOT(t, molt_mp_ass_subscript_slots, mapping, mp_ass_subscript);
    if (ass) return ass(o, key, MOLT_ERROR);
    molt_err_format(&MoltExc_TypeError, "'%s' object does not support item deletion", t->tp_name);
    return -1;
}
