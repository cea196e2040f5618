/*
 * class.c — molt_make_class (C3 MRO), instances and calling a class,
 * generic attribute access with descriptors, super, staticmethod/classmethod/
 * property. The dunder-dispatching slots of heap types are in class_slots.c.
 *
 * Source followed: CPython 3.11 Objects/typeobject.c (type_new, mro_implementation
 * and set_mro_error's message, type_call, object_new's "takes no arguments",
 * super_getattro), Objects/object.c (PyObject_GenericGetAttr/SetAttr and their
 * AttributeError messages), Objects/funcobject.c, Objects/descrobject.c.
 */
#include "molt/molt.h"
#include "molt/suggestions.h"
#include "ptrlist.h"
#include "slots.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* class_slots.c */
void molt_class_install_slots(MoltType *t);
void molt_dunders_fini(void);

static MoltValue descriptor_getattr(MoltValue o, MoltType *t, MoltValue name);
static MoltValue wrapper_getattr(MoltValue o, MoltValue name);

/* subtype test along the MRO (multiple inheritance), not only tp_base */
static bool molt_type_is_subtype_mro(MoltType *t, MoltType *base) {
    if (t == base) return true;
    if (t->tp_mro == MOLT_NONE || !molt_is_tuple(t->tp_mro)) return molt_type_is_subtype(t, base);
    for (int64_t i = 0; i < molt_tuple_size(t->tp_mro); i++)
        if ((MoltType *)molt_as_ptr(molt_tuple_get(t->tp_mro, i)) == base) return true;
    return false;
}

/* ---- registry of heap types --------------------------------------------------------- */

static MoltPtrList heap_types;

void molt_classes_fini(void) {
    for (size_t i = heap_types.n; i > 0; i--) {
        MoltType *t = heap_types.items[i - 1];
        MoltTuple *mro = (MoltTuple *)molt_as_ptr(t->tp_mro);
        mro->items[0] = MOLT_NONE; /* the borrowed self-reference */
        molt_decref(t->tp_mro);
        molt_decref(t->tp_dict);
        molt_decref(t->tp_bases);
        free((char *)t->tp_name);
        free(t);
    }
    molt_ptrlist_clear(&heap_types);
    molt_dunders_fini();
}

/* ---- C3 linearisation ------------------------------------------------------------------ */

static MoltType *as_type(MoltValue v) { return (MoltType *)molt_as_ptr(v); }
static bool is_type(MoltValue v) { return molt_is_ptr(v) && molt_type_is_subtype(molt_as_ptr(v)->type, &MoltType_Type); }

/* The MRO of t as a tuple (static types: from tp_base). */
static MoltValue mro_of(MoltType *t) { return molt_type_mro(t); }

static MoltValue c3_merge(MoltType *self, MoltValue bases) {
    int64_t nb = molt_tuple_size(bases);
    int64_t nseq = nb + 1;
    MoltValue *seqs = malloc((size_t)nseq * sizeof(MoltValue));
    int64_t *pos = calloc((size_t)nseq, sizeof(int64_t));
    MoltValue out = molt_list_new(0);
    if (!seqs || !pos || out == MOLT_ERROR) goto nomem;
    for (int64_t i = 0; i < nb; i++)
        if ((seqs[i] = mro_of(as_type(molt_tuple_get(bases, i)))) == MOLT_ERROR) goto nomem;
    seqs[nb] = bases;
    molt_list_append(out, molt_from_ptr(self));
    for (;;) {
        bool empty = true;
        MoltValue cand = MOLT_ERROR;
        for (int64_t i = 0; i < nseq; i++) {
            if (pos[i] >= molt_tuple_size(seqs[i])) continue;
            empty = false;
            MoltValue c = molt_tuple_get(seqs[i], pos[i]);
            bool in_tail = false;
            for (int64_t j = 0; j < nseq && !in_tail; j++)
                for (int64_t k = pos[j] + 1; k < molt_tuple_size(seqs[j]); k++)
                    if (molt_tuple_get(seqs[j], k) == c) {
                        in_tail = true;
                        break;
                    }
            if (!in_tail) {
                cand = c;
                break;
            }
        }
        if (empty) break;
        if (cand == MOLT_ERROR) { /* set_mro_error */
            MoltStrBuf b;
            molt_strbuf_init(&b);
            molt_strbuf_append_cstr(&b, "Cannot create a consistent method resolution\norder (MRO) for bases");
            bool first = true;
            for (int64_t i = 0; i < nb; i++) {
                if (pos[i] >= molt_tuple_size(seqs[i])) continue;
                MoltValue c = molt_tuple_get(seqs[i], pos[i]);
                bool dup = false;
                for (int64_t j = 0; j < i; j++)
                    if (pos[j] < molt_tuple_size(seqs[j]) && molt_tuple_get(seqs[j], pos[j]) == c) dup = true;
                if (dup) continue;
                molt_strbuf_append_cstr(&b, first ? " " : ", ");
                molt_strbuf_append_cstr(&b, as_type(c)->tp_name);
                first = false;
            }
            MoltValue msg = molt_strbuf_finish(&b);
            if (msg != MOLT_ERROR) {
                molt_err_set_object(&MoltExc_TypeError, msg);
                molt_decref(msg);
            }
            goto fail;
        }
        molt_list_append(out, cand);
        for (int64_t i = 0; i < nseq; i++)
            if (pos[i] < molt_tuple_size(seqs[i]) && molt_tuple_get(seqs[i], pos[i]) == cand) pos[i]++;
    }
    free(seqs);
    free(pos);
    return out;
nomem:
    molt_err_nomemory();
fail:
    free(seqs);
    free(pos);
    molt_xdecref(out);
    return MOLT_ERROR;
}

/* ---- making a class -------------------------------------------------------------------- */

typedef struct MoltInstance {
    MoltObject ob;
    MoltValue dict; /* dict or MOLT_NONE */
} MoltInstance;

static void instance_dealloc(MoltObject *o) {
    molt_decref(((MoltInstance *)o)->dict);
    molt_free_object(o);
}

static MoltValue class_call(MoltValue cls, const MoltValue *args, size_t nargs, MoltValue kw);
static MoltValue base_init(MoltValue f, const MoltValue *args, size_t nargs, MoltValue kw);

MoltValue molt_make_class(const char *name, MoltValue bases, MoltValue ns) {
    MoltValue own_bases = MOLT_ERROR;
    if (molt_tuple_size(bases) == 0) {
        own_bases = molt_tuple_new(1);
        if (own_bases == MOLT_ERROR) return own_bases;
        molt_tuple_set(own_bases, 0, molt_from_ptr(&MoltBaseObject_Type));
        bases = own_bases;
    } else {
        molt_incref(bases);
        own_bases = bases;
    }
    MoltType *solid = NULL; /* the layout-providing base */
    int64_t nb = molt_tuple_size(bases);
    for (int64_t i = 0; i < nb; i++) {
        MoltValue b = molt_tuple_get(bases, i);
        if (!is_type(b)) {
            molt_err_format(&MoltExc_TypeError, "bases must be types");
            goto fail;
        }
        for (int64_t j = 0; j < i; j++)
            if (molt_tuple_get(bases, j) == b) {
                molt_err_format(&MoltExc_TypeError, "duplicate base class %s", as_type(b)->tp_name);
                goto fail;
            }
        MoltType *bt = as_type(b);
        MoltType *layout = bt;
        while (layout->tp_flags & MOLT_TPFLAG_HEAPTYPE) layout = layout->tp_base;
        bool exc = (layout->tp_flags & MOLT_TPFLAG_BASE_EXC) != 0;
        if (layout != &MoltBaseObject_Type && !exc) {
            molt_err_format(&MoltExc_NotImplementedError, "subclassing '%s' is not supported yet", layout->tp_name);
            goto fail;
        }
        /* tp_base: the first base with an exception layout, else the first base. All exception types share
         * MoltException's layout, so any mix of them is compatible (CPython checks struct sizes). */
        if (!solid) solid = bt;
        else if (exc && !(solid->tp_flags & MOLT_TPFLAG_BASE_EXC)) solid = bt;
    }
    if (molt_ptrlist_reserve(&heap_types) < 0) goto fail;
    MoltType *t = calloc(1, sizeof(MoltType));
    char *tname = malloc(strlen(name) + 1);
    if (!t || !tname) {
        free(t);
        free(tname);
        molt_err_nomemory();
        goto fail;
    }
    strcpy(tname, name);
    t->ob.refcnt = MOLT_REFCNT_IMMORTAL;
    t->ob.type = &MoltType_Type;
    t->tp_name = tname;
    t->tp_flags = MOLT_TPFLAG_HEAPTYPE | (solid->tp_flags & MOLT_TPFLAG_BASE_EXC);
    t->tp_base = solid;
    t->tp_bases = own_bases;
    t->tp_mro = MOLT_NONE;
    t->tp_dict = molt_dict_copy(ns);
    if (t->tp_dict == MOLT_ERROR) {
        free(tname);
        free(t);
        goto fail;
    }
    if (molt_dict_lookup(t->tp_dict, molt_dunder("__eq__")) != MOLT_ERROR &&
        molt_dict_lookup(t->tp_dict, molt_dunder("__hash__")) == MOLT_ERROR &&
        molt_dict_setitem(t->tp_dict, molt_dunder("__hash__"), MOLT_NONE) < 0) {
        molt_decref(t->tp_dict);
        free(tname);
        free(t);
        goto fail;
    }
    MoltType *layout = solid;
    while (layout->tp_flags & MOLT_TPFLAG_HEAPTYPE) layout = layout->tp_base;
    if (layout == &MoltBaseObject_Type) {
        t->tp_basicsize = sizeof(MoltInstance);
        t->tp_dictoffset = offsetof(MoltInstance, dict);
        t->tp_dealloc = instance_dealloc;
    } else {
        t->tp_basicsize = layout->tp_basicsize;
        t->tp_dictoffset = layout->tp_dictoffset;
        t->tp_dealloc = layout->tp_dealloc;
    }
    MoltValue mro = c3_merge(t, bases);
    if (mro == MOLT_ERROR) {
        molt_decref(t->tp_dict);
        free(tname);
        free(t);
        own_bases = MOLT_ERROR; /* already dropped below */
        molt_decref(bases);
        return MOLT_ERROR;
    }
    t->tp_mro = molt_list_to_tuple(mro);
    molt_decref(mro);
    /* items[0] is t itself: immortal, so no reference is counted either way. */
    molt_ptrlist_append(&heap_types, t);
    t->tp_vectorcall = class_call;
    molt_class_install_slots(t);
    return molt_from_ptr(t);
fail:
    molt_xdecref(own_bases);
    return MOLT_ERROR;
}

/* ---- attribute lookup -------------------------------------------------------------------- */

MoltValue molt_type_lookup(MoltType *t, MoltValue name) {
    MoltValue mro = t->tp_mro;
    if (mro == MOLT_NONE || !molt_is_tuple(mro)) return MOLT_ERROR;
    for (int64_t i = 0; i < molt_tuple_size(mro); i++) {
        MoltType *b = as_type(molt_tuple_get(mro, i));
        if (b->tp_dict == MOLT_NONE || b->tp_dict == 0 || !molt_is_dict(b->tp_dict)) continue;
        MoltValue v = molt_dict_lookup(b->tp_dict, name);
        if (v != MOLT_ERROR) return v;
        if (molt_err_occurred()) molt_err_clear();
    }
    return MOLT_ERROR;
}

static MoltValue *instance_dict_slot(MoltValue o) {
    if (!molt_is_ptr(o)) return NULL;
    MoltType *t = molt_as_ptr(o)->type;
    if (!t->tp_dictoffset) return NULL;
    return (MoltValue *)((char *)molt_as_ptr(o) + t->tp_dictoffset);
}

typedef struct MoltWrapped {
    MoltObject ob;
    MoltValue f; /* owned */
} MoltWrapped;

typedef struct MoltPropertyObj {
    MoltObject ob;
    MoltValue fget, fset, fdel; /* owned */
} MoltPropertyObj;

static bool is_data_descriptor(MoltValue d) {
    return molt_is_ptr(d) && molt_as_ptr(d)->type == &MoltProperty_Type;
}

/* descr.__get__(obj, type): obj MOLT_NONE when looked up on the class. */
static MoltValue descr_get(MoltValue d, MoltValue obj, MoltType *type) {
    MoltType *dt = molt_type_of(d);
    if (dt == &MoltFunction_Type) return obj == MOLT_NONE ? molt_incref(d) : molt_method_new(d, obj);
    if (dt == &MoltStaticMethod_Type) return molt_incref(((MoltWrapped *)molt_as_ptr(d))->f);
    if (dt == &MoltClassMethod_Type) return molt_method_new(((MoltWrapped *)molt_as_ptr(d))->f, molt_from_ptr(type));
    if (dt == &MoltProperty_Type) {
        if (obj == MOLT_NONE) return molt_incref(d);
        MoltPropertyObj *p = (MoltPropertyObj *)molt_as_ptr(d);
        if (p->fget == MOLT_NONE) {
            molt_err_set(&MoltExc_AttributeError, "unreadable attribute");
            return MOLT_ERROR;
        }
        return molt_call1(p->fget, obj);
    }
    return molt_incref(d);
}

static MoltValue no_attribute(MoltValue o, MoltValue name) {
    if (is_type(o))
        molt_err_format(&MoltExc_AttributeError, "type object '%s' has no attribute '%s'", as_type(o)->tp_name,
                        molt_str_data(name));
    else
        molt_err_format(&MoltExc_AttributeError, "'%s' object has no attribute '%s'", molt_type_of(o)->tp_name,
                        molt_str_data(name));
    return MOLT_ERROR;
}

/* The AttributeError of a failed lookup (not of setattr/delattr), with exc.name and exc.obj for "Did you mean"
 * (molt/suggestions.h; CPython 3.11 sets them in PyObject_GetAttr and _PyObject_GetMethod only). */
static MoltValue no_attribute_get(MoltValue o, MoltValue name) {
    no_attribute(o, name);
    molt_err_record_attribute(o, name);
    return MOLT_ERROR;
}

/* The member `n` of exception `o` (of type t) that CPython keeps in the struct rather than the instance dict —
 * NameError.name, AttributeError.name / .obj (NameError_members, AttributeError_members): the field of
 * MoltException, or NULL for any other name or exception. */
static MoltValue *exc_member(MoltValue o, MoltType *t, const char *n) {
    MoltException *e = (MoltException *)molt_as_ptr(o);
    bool attr_error = molt_type_is_subtype(t, &MoltExc_AttributeError);
    if (strcmp(n, "name") == 0 && (attr_error || molt_type_is_subtype(t, &MoltExc_NameError))) return &e->name;
    if (strcmp(n, "obj") == 0 && attr_error) return &e->obj;
    return NULL;
}

static MoltValue type_getattr(MoltValue o, MoltValue name) {
    MoltType *t = as_type(o);
    if (strcmp(molt_str_data(name), "__name__") == 0) return molt_str_from_cstr(t->tp_name);
    if (strcmp(molt_str_data(name), "__mro__") == 0) {
        MoltValue mro = molt_type_mro(t);
        return mro == MOLT_ERROR ? MOLT_ERROR : molt_incref(mro);
    }
    if (strcmp(molt_str_data(name), "__bases__") == 0) {
        if (t->tp_flags & MOLT_TPFLAG_HEAPTYPE) return molt_incref(t->tp_bases);
        if (!t->tp_base) return molt_tuple_new(0);
        MoltValue b = molt_tuple_new(1);
        if (b != MOLT_ERROR) molt_tuple_set(b, 0, molt_from_ptr(t->tp_base));
        return b;
    }
    MoltValue d = molt_type_lookup(t, name);
    if (d != MOLT_ERROR) return descr_get(d, MOLT_NONE, t);
    MoltValue md = molt_method_descriptor(t, name);
    if (md != MOLT_NOTIMPLEMENTED) return md;
    return no_attribute_get(o, name);
}

/* The computed attributes (CPython's tp_getset/tp_members) of the static types with a tp_index, operation-major
 * (slots.h): referenced only from here, so a program that never reads an attribute does not link them. Row 0
 * (MOLT_TI_DYNAMIC: heap types, exceptions, ...) is NULL. */
static const molt_binaryfunc tp_getattr_slots[MOLT_TI_COUNT] = {
    [MOLT_TI_BOOL] = molt_number_getattr, [MOLT_TI_INT] = molt_number_getattr,
    [MOLT_TI_FLOAT] = molt_number_getattr, [MOLT_TI_RANGE] = range_getattr, [MOLT_TI_SLICE] = slice_getattr,
    [MOLT_TI_BUILTIN_FUNCTION] = molt_callable_getattr, [MOLT_TI_FUNCTION] = molt_function_getattr,
    [MOLT_TI_METHOD] = molt_callable_getattr, [MOLT_TI_METHOD_DESCRIPTOR] = molt_method_descriptor_getattr,
    [MOLT_TI_STATICMETHOD] = wrapper_getattr, [MOLT_TI_CLASSMETHOD] = wrapper_getattr,
    [MOLT_TI_PROPERTY] = wrapper_getattr, [MOLT_TI_SUPER] = molt_super_object_getattr,
};

MoltValue molt_getattr(MoltValue o, MoltValue name) {
    if (!molt_is_str(name)) {
        molt_err_format(&MoltExc_TypeError, "attribute name must be string, not '%s'", molt_type_of(name)->tp_name);
        return MOLT_ERROR;
    }
    if (is_type(o)) return type_getattr(o, name);
    MoltType *t = molt_type_of(o);
    /* the type's own computed attributes (super, functions, methods, int.real, ...) */
    molt_binaryfunc getattr = tp_getattr_slots[t->tp_index];
    if (getattr) {
        MoltValue r = getattr(o, name);
        if (r != MOLT_NOTIMPLEMENTED) return r;
    }
    MoltValue d = molt_type_lookup(t, name);
    if (d != MOLT_ERROR && is_data_descriptor(d)) return descr_get(d, o, t);
    MoltValue *slot = instance_dict_slot(o);
    if (slot && *slot != MOLT_NONE) {
        MoltValue v = molt_dict_lookup(*slot, name);
        if (v != MOLT_ERROR) return molt_incref(v);
        if (molt_err_occurred()) return MOLT_ERROR;
    }
    if (d != MOLT_ERROR) return descr_get(d, o, t);
    MoltValue bm = molt_builtin_method(o, name);
    if (bm != MOLT_NOTIMPLEMENTED) return bm;
    if (molt_is_exception(o)) {
        const char *n = molt_str_data(name);
        if (strcmp(n, "args") == 0) return molt_incref(molt_exc_args(o));
        /* BaseException's getset defaults (no chaining recorded yet: see docs/runtime.md). */
        if (strcmp(n, "__cause__") == 0 || strcmp(n, "__context__") == 0 || strcmp(n, "__traceback__") == 0)
            return MOLT_NONE;
        if (strcmp(n, "__suppress_context__") == 0) return MOLT_FALSE;
        /* what the failing lookup recorded (or the program set), else None */
        MoltValue *member = exc_member(o, t, n);
        if (member) return molt_incref(*member);
        /* SystemExit.code (SystemExit_init), StopIteration.value (StopIteration_init): None, the
         * argument, or (SystemExit only) the args tuple for several arguments. */
        bool is_exit = molt_type_is_subtype(t, &MoltExc_SystemExit);
        if ((is_exit && strcmp(n, "code") == 0) ||
            (molt_type_is_subtype(t, &MoltExc_StopIteration) && strcmp(n, "value") == 0)) {
            MoltValue args = molt_exc_args(o);
            int64_t k = molt_tuple_size(args);
            if (k == 0) return MOLT_NONE;
            if (k == 1 || !is_exit) return molt_incref(molt_tuple_get(args, 0));
            return molt_incref(args);
        }
    }
    if (strcmp(molt_str_data(name), "__class__") == 0) return molt_from_ptr(t);
    if (strcmp(molt_str_data(name), "__dict__") == 0 && slot) {
        if (*slot == MOLT_NONE && (*slot = molt_dict_new()) == MOLT_ERROR) {
            *slot = MOLT_NONE;
            return MOLT_ERROR;
        }
        return molt_incref(*slot);
    }
    return no_attribute_get(o, name);
}

MoltValue molt_getattr_cstr(MoltValue o, const char *name) {
    MoltValue n = molt_str_from_cstr(name);
    if (n == MOLT_ERROR) return n;
    MoltValue r = molt_getattr(o, n);
    molt_decref(n);
    return r;
}

uint64_t molt_type_attr_epoch = 1;

int molt_setattr(MoltValue o, MoltValue name, MoltValue v) {
    if (!molt_is_str(name)) {
        molt_err_format(&MoltExc_TypeError, "attribute name must be string, not '%s'", molt_type_of(name)->tp_name);
        return -1;
    }
    if (is_type(o)) {
        MoltType *t = as_type(o);
        if (!(t->tp_flags & MOLT_TPFLAG_HEAPTYPE)) {
            molt_err_format(&MoltExc_TypeError, "cannot set '%s' attribute of immutable type '%s'",
                            molt_str_data(name), t->tp_name);
            return -1;
        }
        molt_type_attr_epoch++;
        if (v == MOLT_ERROR) {
            if (molt_dict_delitem(t->tp_dict, name) < 0) {
                molt_err_clear();
                no_attribute(o, name);
                return -1;
            }
            return 0;
        }
        return molt_dict_setitem(t->tp_dict, name, v);
    }
    MoltType *t = molt_type_of(o);
    if (t == &MoltFunction_Type) {
        int k = molt_function_setattr(o, name, v);
        if (k <= 0) return k;
    }
    MoltValue d = molt_type_lookup(t, name);
    if (d != MOLT_ERROR && is_data_descriptor(d)) {
        MoltPropertyObj *p = (MoltPropertyObj *)molt_as_ptr(d);
        MoltValue f = v == MOLT_ERROR ? p->fdel : p->fset;
        if (f == MOLT_NONE) {
            molt_err_format(&MoltExc_AttributeError, v == MOLT_ERROR ? "property '%s' of '%s' object has no deleter"
                                                                     : "property '%s' of '%s' object has no setter",
                            molt_str_data(name), t->tp_name);
            return -1;
        }
        MoltValue r = v == MOLT_ERROR ? molt_call1(f, o) : molt_call2(f, o, v);
        if (r == MOLT_ERROR) return -1;
        molt_decref(r);
        return 0;
    }
    if (d == MOLT_ERROR && molt_is_exception(o) && molt_as_ptr(o)->refcnt >= 0) {
        MoltValue *member = exc_member(o, t, molt_str_data(name));
        if (member) { /* a member, not an instance attribute */
            molt_suggestions_enable(); /* e.name / e.obj set by the program: "Did you mean" may use them */
            MoltValue old = *member;
            *member = v == MOLT_ERROR ? MOLT_NONE : molt_incref(v);
            molt_decref(old);
            return 0;
        }
    }
    MoltValue *slot = instance_dict_slot(o);
    if (!slot) {
        if (d != MOLT_ERROR)
            molt_err_format(&MoltExc_AttributeError, "'%s' object attribute '%s' is read-only", t->tp_name,
                            molt_str_data(name));
        else
            no_attribute(o, name);
        return -1;
    }
    if (v == MOLT_ERROR) {
        if (*slot == MOLT_NONE || molt_dict_delitem(*slot, name) < 0) {
            molt_err_clear();
            no_attribute(o, name);
            return -1;
        }
        return 0;
    }
    if (*slot == MOLT_NONE) {
        MoltValue dict = molt_dict_new();
        if (dict == MOLT_ERROR) return -1;
        *slot = dict;
    }
    return molt_dict_setitem(*slot, name, v);
}

int molt_hasattr(MoltValue o, MoltValue name) {
    MoltValue v = molt_getattr(o, name);
    if (v != MOLT_ERROR) {
        molt_decref(v);
        return 1;
    }
    if (molt_err_matches(&MoltExc_AttributeError)) {
        molt_err_clear();
        return 0;
    }
    return -1;
}

MoltValue molt_super_getattr(MoltValue cls, MoltValue self, MoltValue name) {
    MoltType *st = is_type(self) && molt_type_is_subtype(as_type(self), as_type(cls)) ? as_type(self) : molt_type_of(self);
    MoltValue mro = molt_type_mro(st);
    if (mro == MOLT_ERROR) return MOLT_ERROR;
    int64_t n = molt_tuple_size(mro), i = 0;
    while (i < n && molt_tuple_get(mro, i) != cls) i++;
    if (i == n) {
        molt_err_set(&MoltExc_TypeError, "super(type, obj): obj must be an instance or subtype of type");
        return MOLT_ERROR;
    }
    for (i++; i < n; i++) {
        MoltType *b = as_type(molt_tuple_get(mro, i));
        if (!b->tp_dict || b->tp_dict == MOLT_NONE || !molt_is_dict(b->tp_dict)) continue;
        MoltValue d = molt_dict_lookup(b->tp_dict, name);
        if (d != MOLT_ERROR) return descr_get(d, st == as_type(self) && is_type(self) ? MOLT_NONE : self, st);
        if (molt_err_occurred()) return MOLT_ERROR;
    }
    if (strcmp(molt_str_data(name), "__init__") == 0) return molt_builtin_new("__init__", base_init, self);
    molt_err_format(&MoltExc_AttributeError, "'super' object has no attribute '%s'", molt_str_data(name));
    return MOLT_ERROR;
}

/* ---- calling a class ------------------------------------------------------------------------ */

static bool is_exc_layout(MoltType *t) { return (t->tp_flags & MOLT_TPFLAG_BASE_EXC) != 0; }

/* f(first, *args, **kw) */
static MoltValue call_with_first(MoltValue f, MoltValue first, const MoltValue *args, size_t nargs, MoltValue kw) {
    size_t total = nargs + (kw ? (size_t)molt_tuple_size(kw) : 0);
    MoltValue small[9];
    MoltValue *all = total + 1 <= 9 ? small : malloc((total + 1) * sizeof(MoltValue));
    if (!all) return molt_err_nomemory();
    all[0] = first;
    if (total) memcpy(all + 1, args, total * sizeof(MoltValue));
    MoltValue r = molt_call(f, all, nargs + 1, kw);
    if (all != small) free(all);
    return r;
}

static MoltValue args_tuple(const MoltValue *args, size_t nargs) {
    MoltValue t = molt_tuple_new((int64_t)nargs);
    if (t == MOLT_ERROR) return t;
    for (size_t i = 0; i < nargs; i++) molt_tuple_set(t, (int64_t)i, molt_incref(args[i]));
    return t;
}

/* object.__new__ / BaseException.__new__ for a class. */
static MoltValue default_new(MoltType *t, const MoltValue *args, size_t nargs) {
    if (is_exc_layout(t)) {
        MoltValue a = args_tuple(args, nargs);
        if (a == MOLT_ERROR) return a;
        MoltValue e = molt_exc_new(t, a);
        molt_decref(a);
        return e;
    }
    MoltInstance *o = molt_alloc_object(t, sizeof(MoltInstance));
    if (!o) return MOLT_ERROR;
    o->dict = MOLT_NONE;
    return molt_from_ptr(o);
}

static MoltValue class_call(MoltValue cls, const MoltValue *args, size_t nargs, MoltValue kw) {
    MoltType *t = as_type(cls);
    size_t nkw = kw ? (size_t)molt_tuple_size(kw) : 0;
    MoltValue newf = molt_type_lookup(t, molt_dunder("__new__"));
    MoltValue initf = molt_type_lookup(t, molt_dunder("__init__"));
    MoltValue obj;
    if (newf != MOLT_ERROR) {
        if (molt_type_of(newf) == &MoltStaticMethod_Type) newf = ((MoltWrapped *)molt_as_ptr(newf))->f;
        obj = call_with_first(newf, cls, args, nargs, kw);
    } else {
        if ((nargs || nkw) && initf == MOLT_ERROR && !is_exc_layout(t)) {
            molt_err_format(&MoltExc_TypeError, "%s() takes no arguments", t->tp_name);
            return MOLT_ERROR;
        }
        if (nkw && initf == MOLT_ERROR) {
            molt_err_format(&MoltExc_TypeError, "%s() takes no keyword arguments", t->tp_name);
            return MOLT_ERROR;
        }
        obj = default_new(t, args, nargs);
    }
    if (obj == MOLT_ERROR || initf == MOLT_ERROR || !molt_type_is_subtype_mro(molt_type_of(obj), t)) return obj;
    MoltValue r = call_with_first(initf, obj, args, nargs, kw);
    if (r == MOLT_ERROR) {
        molt_decref(obj);
        return r;
    }
    if (r != MOLT_NONE) {
        molt_err_format(&MoltExc_TypeError, "__init__() should return None, not '%s'", molt_type_of(r)->tp_name);
        molt_decref(r);
        molt_decref(obj);
        return MOLT_ERROR;
    }
    return obj;
}

/* object.__init__ / BaseException.__init__ reached through super(). */
static MoltValue base_init(MoltValue f, const MoltValue *args, size_t nargs, MoltValue kw) {
    MoltValue self = ((MoltBuiltin *)molt_as_ptr(f))->self;
    if (molt_is_exception(self)) {
        if (molt_arg_no_kw(molt_type_of(self)->tp_name, kw) < 0) return MOLT_ERROR;
        MoltValue a = args_tuple(args, nargs);
        if (a == MOLT_ERROR) return a;
        MoltException *e = (MoltException *)molt_as_ptr(self);
        molt_decref(e->args);
        e->args = a;
        return MOLT_NONE;
    }
    if (nargs || (kw && molt_tuple_size(kw))) {
        molt_err_format(&MoltExc_TypeError, "%s.__init__() takes exactly one argument (the instance to initialize)",
                        molt_type_of(self)->tp_name);
        return MOLT_ERROR;
    }
    return MOLT_NONE;
}

/* ---- staticmethod / classmethod / property ------------------------------------------------------- */

static MoltValue wrapped_new(MoltType *t, MoltValue f) {
    MoltWrapped *w = molt_alloc_object(t, sizeof(MoltWrapped));
    if (!w) return MOLT_ERROR;
    w->f = molt_incref(f);
    return molt_from_ptr(w);
}
MoltValue molt_staticmethod_new(MoltValue f) { return wrapped_new(&MoltStaticMethod_Type, f); }
MoltValue molt_wrapped_callable(MoltValue sm) { return ((MoltWrapped *)molt_as_ptr(sm))->f; }
MoltValue molt_classmethod_new(MoltValue f) { return wrapped_new(&MoltClassMethod_Type, f); }

static void wrapped_dealloc(MoltObject *o) {
    molt_decref(((MoltWrapped *)o)->f);
    molt_free_object(o);
}

MoltValue molt_property_new(MoltValue fget, MoltValue fset, MoltValue fdel) {
    MoltPropertyObj *p = molt_alloc_object(&MoltProperty_Type, sizeof(MoltPropertyObj));
    if (!p) return MOLT_ERROR;
    p->fget = molt_incref(fget);
    p->fset = molt_incref(fset);
    p->fdel = molt_incref(fdel);
    return molt_from_ptr(p);
}

static void property_dealloc(MoltObject *o) {
    MoltPropertyObj *p = (MoltPropertyObj *)o;
    molt_decref(p->fget);
    molt_decref(p->fset);
    molt_decref(p->fdel);
    molt_free_object(o);
}

/* staticmethod(f), classmethod(f): the type called (CPython sm_init, cm_init). */
static MoltValue wrapped_type_call(MoltValue cls, const MoltValue *args, size_t nargs, MoltValue kw) {
    MoltType *t = as_type(cls);
    if (molt_arg_no_kw(t->tp_name, kw) < 0 || molt_arg_count(t->tp_name, nargs, 1, 1) < 0) return MOLT_ERROR;
    return wrapped_new(t, args[0]);
}

/* property(fget=None, fset=None, fdel=None, doc=None) (CPython property_init; doc is ignored). */
static MoltValue property_type_call(MoltValue cls, const MoltValue *args, size_t nargs, MoltValue kw) {
    (void)cls;
    static const char *const names[] = {"fget", "fset", "fdel", "doc"};
    MoltValue v[4] = {MOLT_NONE, MOLT_NONE, MOLT_NONE, MOLT_NONE};
    if (molt_arg_count("property", nargs, 0, 4) < 0) return MOLT_ERROR;
    for (size_t i = 0; i < nargs; i++) v[i] = args[i];
    int64_t nkw = kw ? molt_tuple_size(kw) : 0;
    for (int64_t k = 0; k < nkw; k++) {
        const char *kn = molt_str_data(molt_tuple_get(kw, k));
        size_t j = 0;
        while (j < 4 && strcmp(names[j], kn) != 0) j++;
        if (j == 4) {
            molt_err_format(&MoltExc_TypeError, "property() got an unexpected keyword argument '%s'", kn);
            return MOLT_ERROR;
        }
        if (j < nargs) {
            molt_err_format(&MoltExc_TypeError, "argument for property() given by name ('%s') and position (%zu)",
                            kn, j + 1);
            return MOLT_ERROR;
        }
        v[j] = args[nargs + (size_t)k];
    }
    return molt_property_new(v[0], v[1], v[2]);
}

/* property.getter/setter/deleter(f): a copy with that function replaced (CPython property_copy). */
static MoltValue property_copy_with(MoltValue f, const MoltValue *args, size_t nargs, MoltValue kw, int which) {
    MoltBuiltin *b = (MoltBuiltin *)molt_as_ptr(f);
    if (molt_arg_no_kw(b->name, kw) < 0) return MOLT_ERROR;
    if (nargs != 1) {
        molt_err_format(&MoltExc_TypeError, "%s() takes exactly one argument (%zu given)", b->name, nargs);
        return MOLT_ERROR;
    }
    MoltPropertyObj *p = (MoltPropertyObj *)molt_as_ptr(b->self);
    return molt_property_new(which == 0 ? args[0] : p->fget, which == 1 ? args[0] : p->fset,
                             which == 2 ? args[0] : p->fdel);
}
static MoltValue property_getter(MoltValue f, const MoltValue *a, size_t n, MoltValue kw) {
    return property_copy_with(f, a, n, kw, 0);
}
static MoltValue property_setter(MoltValue f, const MoltValue *a, size_t n, MoltValue kw) {
    return property_copy_with(f, a, n, kw, 1);
}
static MoltValue property_deleter(MoltValue f, const MoltValue *a, size_t n, MoltValue kw) {
    return property_copy_with(f, a, n, kw, 2);
}

/* The computed attributes of property, staticmethod and classmethod (molt_getattr's table). */
static MoltValue wrapper_getattr(MoltValue o, MoltValue name) { return descriptor_getattr(o, molt_type_of(o), name); }

/* The attributes of property, staticmethod and classmethod objects; MOLT_NOTIMPLEMENTED if none. */
static MoltValue descriptor_getattr(MoltValue o, MoltType *t, MoltValue name) {
    const char *n = molt_str_data(name);
    if (t == &MoltProperty_Type) {
        MoltPropertyObj *p = (MoltPropertyObj *)molt_as_ptr(o);
        if (strcmp(n, "fget") == 0) return molt_incref(p->fget);
        if (strcmp(n, "fset") == 0) return molt_incref(p->fset);
        if (strcmp(n, "fdel") == 0) return molt_incref(p->fdel);
        if (strcmp(n, "getter") == 0) return molt_builtin_new("getter", property_getter, o);
        if (strcmp(n, "setter") == 0) return molt_builtin_new("setter", property_setter, o);
        if (strcmp(n, "deleter") == 0) return molt_builtin_new("deleter", property_deleter, o);
    } else if (strcmp(n, "__func__") == 0 || strcmp(n, "__wrapped__") == 0) {
        return molt_incref(((MoltWrapped *)molt_as_ptr(o))->f);
    }
    return MOLT_NOTIMPLEMENTED;
}

MoltType MoltStaticMethod_Type = {
    .ob = MOLT_STATIC_HEADER(&MoltType_Type),
    .tp_name = "staticmethod",
    .tp_index = MOLT_TI_STATICMETHOD,
    .tp_basicsize = sizeof(MoltWrapped),
    .tp_dealloc = wrapped_dealloc,
    .tp_vectorcall = wrapped_type_call,
    .tp_base = &MoltBaseObject_Type,
    .tp_mro = MOLT_NONE,
    .tp_dict = MOLT_NONE,
};

MoltType MoltClassMethod_Type = {
    .ob = MOLT_STATIC_HEADER(&MoltType_Type),
    .tp_name = "classmethod",
    .tp_index = MOLT_TI_CLASSMETHOD,
    .tp_basicsize = sizeof(MoltWrapped),
    .tp_dealloc = wrapped_dealloc,
    .tp_vectorcall = wrapped_type_call,
    .tp_base = &MoltBaseObject_Type,
    .tp_mro = MOLT_NONE,
    .tp_dict = MOLT_NONE,
};

MoltType MoltProperty_Type = {
    .ob = MOLT_STATIC_HEADER(&MoltType_Type),
    .tp_name = "property",
    .tp_index = MOLT_TI_PROPERTY,
    .tp_basicsize = sizeof(MoltPropertyObj),
    .tp_dealloc = property_dealloc,
    .tp_vectorcall = property_type_call,
    .tp_base = &MoltBaseObject_Type,
    .tp_mro = MOLT_NONE,
    .tp_dict = MOLT_NONE,
};
