/*
 * super.c — the builtin `super` type: super(type, obj) objects whose attribute
 * lookup starts after `type` in the MRO of obj (or of obj itself when obj is a
 * subclass of type). Zero-argument super() is lowered by the frontend to
 * super(__class__, <first argument>), so this type only sees two arguments.
 *
 * Source followed: CPython 3.12 Objects/typeobject.c (super_init, super_check,
 * super_repr, super_getattro).
 */
#include "molt/molt.h"

#include <string.h>

typedef struct MoltSuper {
    MoltObject ob;
    MoltValue type, obj; /* owned */
} MoltSuper;

static bool is_type_value(MoltValue v) {
    return molt_is_ptr(v) && molt_type_is_subtype(molt_as_ptr(v)->type, &MoltType_Type);
}

/* t is base or has it on its MRO (multiple inheritance), as PyType_IsSubtype. */
static bool in_mro(MoltType *t, MoltType *base) {
    if (t == base) return true;
    if (t->tp_mro == MOLT_NONE || !molt_is_tuple(t->tp_mro)) return molt_type_is_subtype(t, base);
    for (int64_t i = 0; i < molt_tuple_size(t->tp_mro); i++)
        if ((MoltType *)molt_as_ptr(molt_tuple_get(t->tp_mro, i)) == base) return true;
    return false;
}

static MoltValue super_call(MoltValue cls, const MoltValue *args, size_t nargs, MoltValue kwnames) {
    (void)cls;
    if (molt_arg_no_kw("super", kwnames) < 0) return MOLT_ERROR;
    if (nargs == 0) {
        molt_err_set(&MoltExc_RuntimeError, "super(): no arguments");
        return MOLT_ERROR;
    }
    if (nargs > 2) {
        molt_err_format(&MoltExc_TypeError, "super() takes at most 2 arguments (%d given)", (int)nargs);
        return MOLT_ERROR;
    }
    if (!is_type_value(args[0])) {
        molt_err_format(&MoltExc_TypeError, "super() argument 1 must be a type, not %s",
                        molt_type_of(args[0])->tp_name);
        return MOLT_ERROR;
    }
    if (nargs == 1) {
        molt_err_set(&MoltExc_TypeError, "unbound super() (one argument) is not supported");
        return MOLT_ERROR;
    }
    MoltType *t = (MoltType *)molt_as_ptr(args[0]);
    MoltValue obj = args[1];
    bool ok = in_mro(molt_type_of(obj), t) ||
              (is_type_value(obj) && in_mro((MoltType *)molt_as_ptr(obj), t));
    if (!ok) {
        molt_err_set(&MoltExc_TypeError, "super(type, obj): obj must be an instance or subtype of type");
        return MOLT_ERROR;
    }
    MoltSuper *s = molt_alloc_object(&MoltSuper_Type, sizeof(MoltSuper));
    if (!s) return MOLT_ERROR;
    s->type = molt_incref(args[0]);
    s->obj = molt_incref(obj);
    return molt_from_ptr(s);
}

MoltValue molt_super_object_getattr(MoltValue sup, MoltValue name) {
    MoltSuper *s = (MoltSuper *)molt_as_ptr(sup);
    if (strcmp(molt_str_data(name), "__class__") == 0) return molt_from_ptr(&MoltSuper_Type);
    return molt_super_getattr(s->type, s->obj, name);
}

static void super_dealloc(MoltObject *o) {
    MoltSuper *s = (MoltSuper *)o;
    molt_decref(s->type);
    molt_decref(s->obj);
    molt_free_object(o);
}

static MoltValue super_repr(MoltValue v) {
    MoltSuper *s = (MoltSuper *)molt_as_ptr(v);
    MoltStrBuf b;
    molt_strbuf_init(&b);
    molt_strbuf_append_cstr(&b, "<super: <class '");
    molt_strbuf_append_cstr(&b, ((MoltType *)molt_as_ptr(s->type))->tp_name);
    molt_strbuf_append_cstr(&b, "'>, <");
    molt_strbuf_append_cstr(&b, molt_type_of(s->obj)->tp_name);
    molt_strbuf_append_cstr(&b, " object>>");
    return molt_strbuf_finish(&b);
}

MoltType MoltSuper_Type = {
    .ob = MOLT_STATIC_HEADER(&MoltType_Type),
    .tp_name = "super",
    .tp_index = MOLT_TI_SUPER,
    .tp_basicsize = sizeof(MoltSuper),
    .tp_dealloc = super_dealloc,
    .tp_repr = super_repr,
    .tp_hash = molt_identity_hash,
    .tp_base = &MoltBaseObject_Type,
    .tp_mro = MOLT_NONE,
    .tp_dict = MOLT_NONE,
    .tp_vectorcall = super_call,
};
