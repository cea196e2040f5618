/* Molt C runtime: the code generators' attribute access with per-site caches (docs/backend-c.md, "Fast
 * paths"). Part of molt/codegen.h, which includes it after defining MOLT_CG_FN; not meant to be included on
 * its own. */
#ifndef MOLT_CODEGEN_ATTR_H
#define MOLT_CODEGEN_ATTR_H

/* ---- attribute fast paths ---------------------------------------------------------------------
 *
 * py.getattr / py.setattr on an instance of a class made by molt_make_class (a heap type with an instance
 * dict), for an attribute name that is a str constant of the generated module. The lookup is CPython's
 * PyObject_GenericGetAttr (as molt_getattr in class.c does it): the MRO for a data descriptor, then the
 * instance dict, then the class attribute (a function becomes a bound method). The dicts are probed inline
 * by key identity (the name constant is the same str object that the class body and __init__ stored), which
 * needs no hashing (the hash is cached in the str) and no __eq__. Whatever the inline path does not settle —
 * a key with the same hash that is another object, a property, staticmethod or classmethod, a missing
 * attribute, any other kind of object — goes to molt_getattr / molt_setattr, so behaviour and errors are the
 * runtime's.
 *
 * Each op site has a MoltCgAttrCache (zero-initialised static data of the generated file). It remembers the
 * dicts of a heap type's MRO (a heap type is immortal, its MRO is fixed when it is made and its tp_dict is
 * never replaced, only mutated), whether the name was absent from all of them at a given molt_type_attr_epoch
 * (any change to any class's attributes makes that stale: CPython's type version tags, Objects/typeobject.c),
 * and a hint, the entry index where the name was last found in an instance dict, which is checked before use.
 * The hit path thus costs a type compare, an epoch compare and the hinted entry's key compare. */

#define MOLT_CG_ATTR_MRO_MAX 6

/* The hit paths are inlined at every site; the rest of each operation is one out-of-line function. */
#if defined(__GNUC__) && !defined(MOLT_CG_EXTERN)
#define MOLT_CG_HOT __attribute__((always_inline)) static inline
#define MOLT_CG_COLD __attribute__((noinline)) static
#else
#define MOLT_CG_HOT MOLT_CG_FN
#define MOLT_CG_COLD MOLT_CG_FN
#endif

/* The per-site cache of py.getattr / py.setattr (all zero: empty). */
typedef struct MoltCgAttrCache {
    const MoltType *type;   /* a heap type whose instances have a dict and whose MRO dicts are below, or NULL */
    MoltHash hash;          /* the site's attribute name's hash (a str's hash never changes) */
    size_t dictoffset;      /* type->tp_dictoffset */
    int ndicts;             /* the dicts of the MRO entries that have one, in MRO order */
    const MoltDict *dicts[MOLT_CG_ATTR_MRO_MAX];
    int64_t hint;           /* entry index of the name in the last instance dict it was found in */
    uint64_t absent_epoch;  /* molt_type_attr_epoch when no class of the MRO had the name, else 0 */
    /* A method of a builtin type: for a static type without instance dicts (list, str, dict ...), the lookup
     * depends on the type and the name only, and gives a bound builtin method (molt_builtin_method); the site
     * remembers what it was made of, so later lookups skip the search of the method table. */
    const MoltType *mtype;  /* the builtin type, or NULL */
    const char *mname;
    molt_vectorcallfunc mcall;
    const void *mdata;
} MoltCgAttrCache;

/* CPython's lookdict probe (Objects/dictobject.c, as dict.c's dict_find) for a key compared by identity only:
 * the entry index, -1 when the key is absent, -2 when an entry with the same hash holds another object (only
 * __eq__ could tell). */
MOLT_CG_HOT int64_t molt_cg_dict_probe(const MoltDict *d, MoltValue key, MoltHash hash) {
    uint64_t mask = (uint64_t)d->mask, perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    for (;;) {
        int64_t ix = d->indices[i];
        if (ix == -1) return -1; /* IX_EMPTY */
        if (ix >= 0) {
            const MoltDictEntry *e = &d->entries[ix];
            if (e->key == key) return ix;
            if (e->hash == hash) return -2;
        }
        perturb >>= 5; /* PERTURB_SHIFT */
        i = mask & (i * 5 + perturb + 1);
    }
}

/* The dict behind a MoltValue that may be a dict, MOLT_NONE or 0: NULL unless it is a dict. */
MOLT_CG_FN MoltDict *molt_cg_as_dict(MoltValue v) {
    if (v == 0 || !molt_is_ptr(v) || molt_as_ptr(v)->type != &MoltDict_Type) return NULL;
    return (MoltDict *)molt_as_ptr(v);
}

/* Points the cache at the type of `o` when the fast paths apply to it (an instance of a heap type with an
 * instance dict, a tuple MRO of at most MOLT_CG_ATTR_MRO_MAX dicts, a name whose hash is known). */
MOLT_CG_FN bool molt_cg_attr_fill(MoltCgAttrCache *c, MoltValue o, MoltValue name) {
    if (!molt_is_ptr(o)) return false;
    const MoltType *t = molt_as_ptr(o)->type;
    if (c->type == t) return true;
    if (!(t->tp_flags & MOLT_TPFLAG_HEAPTYPE) || t->tp_dictoffset == 0) return false;
    MoltHash hash = ((const MoltStr *)molt_as_ptr(name))->hash;
    MoltValue mro = t->tp_mro;
    if (hash == -1 || !molt_is_ptr(mro) || molt_as_ptr(mro)->type != &MoltTuple_Type) return false;
    const MoltTuple *m = (const MoltTuple *)molt_as_ptr(mro);
    int n = 0;
    for (int64_t i = 0; i < m->size; i++) {
        const MoltDict *d = molt_cg_as_dict(((const MoltType *)molt_as_ptr(m->items[i]))->tp_dict);
        if (d == NULL) continue;
        if (n == MOLT_CG_ATTR_MRO_MAX) return false;
        c->dicts[n++] = d;
    }
    c->type = t;
    c->absent_epoch = 0;
    c->hash = hash;
    c->dictoffset = t->tp_dictoffset;
    c->ndicts = n;
    return true;
}

/* The MRO lookup of molt_type_lookup for the cached type: 1 with *found the attribute (borrowed) or MOLT_ERROR
 * when no class defines it; 0 when the identity probe cannot tell. */
MOLT_CG_FN int molt_cg_mro_lookup(const MoltCgAttrCache *c, MoltValue name, MoltValue *found) {
    for (int k = 0; k < c->ndicts; k++) {
        const MoltDict *d = c->dicts[k];
        int64_t ix = molt_cg_dict_probe(d, name, c->hash);
        if (ix >= 0) {
            *found = d->entries[ix].value;
            return 1;
        }
        if (ix == -2) return 0;
    }
    *found = MOLT_ERROR;
    return 1;
}

/* The instance dict of `p` (an instance of c->type), or NULL while it has none. */
MOLT_CG_FN MoltDict *molt_cg_inst_dict(const MoltCgAttrCache *c, MoltObject *p) {
    MoltValue dv = *(MoltValue *)((char *)p + c->dictoffset);
    return dv == MOLT_NONE ? NULL : (MoltDict *)molt_as_ptr(dv);
}

/* The entry index of `name` in instance dict `d`: the site's hint when it still holds the name, else a probe
 * (which updates the hint). -1 absent, -2 unknown, as molt_cg_dict_probe. */
MOLT_CG_FN int64_t molt_cg_inst_find(MoltCgAttrCache *c, const MoltDict *d, MoltValue name) {
    int64_t h = c->hint;
    if (h < d->nentries && d->entries[h].key == name) return h;
    int64_t ix = molt_cg_dict_probe(d, name, c->hash);
    if (ix >= 0) c->hint = ix;
    return ix;
}

/* molt_getattr, remembering a method of a builtin type in the site cache (see MoltCgAttrCache). */
MOLT_CG_FN MoltValue molt_cg_getattr_builtin(MoltValue o, MoltValue name, MoltCgAttrCache *c) {
    if (molt_is_ptr(o)) {
        const MoltType *t = molt_as_ptr(o)->type;
        if (t == c->mtype) {
            MoltValue m = molt_builtin_new(c->mname, c->mcall, o);
            if (m != MOLT_ERROR) ((MoltBuiltin *)molt_as_ptr(m))->data = c->mdata;
            return m;
        }
        MoltValue r = molt_getattr(o, name);
        if (r != MOLT_ERROR && molt_is_ptr(r) && molt_as_ptr(r)->type == &MoltBuiltin_Type && t != &MoltType_Type
            && !(t->tp_flags & MOLT_TPFLAG_HEAPTYPE) && t->tp_dictoffset == 0) {
            const MoltBuiltin *b = (const MoltBuiltin *)molt_as_ptr(r);
            if (b->self == o && b->data != NULL) {
                c->mtype = t;
                c->mname = b->name;
                c->mcall = b->call;
                c->mdata = b->data;
            }
        }
        return r;
    }
    return molt_getattr(o, name);
}

/* The whole of py.getattr through the site cache (the hit path of molt_cg_getattr_at falls back to it). */
MOLT_CG_COLD MoltValue molt_cg_getattr_miss(MoltValue o, MoltValue name, MoltCgAttrCache *c) {
    if (!molt_cg_attr_fill(c, o, name)) return molt_cg_getattr_builtin(o, name, c);
    MoltObject *p = molt_as_ptr(o);
    MoltValue d;
    if (!molt_cg_mro_lookup(c, name, &d)) return molt_getattr(o, name);
    c->absent_epoch = d == MOLT_ERROR ? molt_type_attr_epoch : 0;
    MoltType *dt = d != MOLT_ERROR && molt_is_ptr(d) ? molt_as_ptr(d)->type : NULL;
    if (dt == &MoltProperty_Type) return molt_getattr(o, name); /* a data descriptor comes first */
    const MoltDict *inst = molt_cg_inst_dict(c, p);
    if (inst != NULL) {
        int64_t ix = molt_cg_inst_find(c, inst, name);
        if (ix >= 0) return molt_incref(inst->entries[ix].value);
        if (ix == -2) return molt_getattr(o, name);
    }
    if (d == MOLT_ERROR) return molt_getattr(o, name); /* AttributeError or the runtime's other attributes */
    if (dt == &MoltFunction_Type) return molt_method_new(d, o);
    if (dt == &MoltStaticMethod_Type || dt == &MoltClassMethod_Type) return molt_getattr(o, name);
    return molt_incref(d); /* a plain class attribute */
}

/* py.getattr o, {name}: name a str constant (borrowed), c the op site's cache; a new reference or MOLT_ERROR.
 * Hit path: an instance of the cached type, no class in its MRO has the name, the instance dict holds it at the
 * hinted entry. */
MOLT_CG_HOT MoltValue molt_cg_getattr_at(MoltValue o, MoltValue name, MoltCgAttrCache *c) {
    if (MOLT_LIKELY(molt_is_ptr(o))) {
        MoltObject *p = molt_as_ptr(o);
        if (MOLT_LIKELY(p->type == c->type) && MOLT_LIKELY(c->absent_epoch == molt_type_attr_epoch)) {
            const MoltDict *inst = molt_cg_inst_dict(c, p);
            int64_t h = c->hint;
            if (MOLT_LIKELY(inst != NULL && h < inst->nentries && inst->entries[h].key == name))
                return molt_incref(inst->entries[h].value);
        }
    }
    return molt_cg_getattr_miss(o, name, c);
}

/* py.getattr.f64 o, {name}: the attribute, a float by type inference, unboxed into *out (molt_cg_unbox_f64's
 * conversion of an int, its TypeError for anything else); 0, or -1 with the exception set. The hit path reads the
 * float in the instance dict without touching reference counts. */
MOLT_CG_HOT int molt_cg_getattr_f64_at(MoltValue o, MoltValue name, MoltCgAttrCache *c, double *out) {
    if (MOLT_LIKELY(molt_is_ptr(o))) {
        MoltObject *p = molt_as_ptr(o);
        if (MOLT_LIKELY(p->type == c->type) && MOLT_LIKELY(c->absent_epoch == molt_type_attr_epoch)) {
            const MoltDict *inst = molt_cg_inst_dict(c, p);
            int64_t h = c->hint;
            if (MOLT_LIKELY(inst != NULL && h < inst->nentries && inst->entries[h].key == name)) {
                MoltValue v = inst->entries[h].value;
                if (MOLT_LIKELY(molt_is_double(v))) {
                    *out = molt_as_double(v);
                    return 0;
                }
            }
        }
    }
    MoltValue v = molt_cg_getattr_miss(o, name, c);
    if (v == MOLT_ERROR) return -1;
    int r = molt_cg_unbox_f64(v, out);
    molt_decref(v);
    return r;
}

/* The whole of py.setattr through the site cache. */
MOLT_CG_COLD int molt_cg_setattr_miss(MoltValue o, MoltValue name, MoltValue v, MoltCgAttrCache *c) {
    if (!molt_cg_attr_fill(c, o, name)) return molt_setattr(o, name, v);
    MoltObject *p = molt_as_ptr(o);
    MoltValue d;
    if (!molt_cg_mro_lookup(c, name, &d)) return molt_setattr(o, name, v);
    c->absent_epoch = d == MOLT_ERROR ? molt_type_attr_epoch : 0;
    if (d != MOLT_ERROR && molt_is_ptr(d) && molt_as_ptr(d)->type == &MoltProperty_Type) return molt_setattr(o, name, v);
    MoltDict *inst = molt_cg_inst_dict(c, p);
    if (inst != NULL) {
        int64_t ix = molt_cg_inst_find(c, inst, name);
        if (ix >= 0) { /* replace the value, as dict_insert does for a present key */
            MoltValue old = inst->entries[ix].value;
            inst->entries[ix].value = molt_incref(v);
            molt_decref(old);
            return 0;
        }
        if (ix == -1) /* a new instance attribute: what molt_setattr does once it found no data descriptor */
            return molt_dict_setitem(*(MoltValue *)((char *)p + c->dictoffset), name, v);
    }
    return molt_setattr(o, name, v);
}

/* py.setattr o, v {name}: 0 or -1. Hit path as molt_cg_getattr_at's: the value at the hinted entry is replaced. */
MOLT_CG_HOT int molt_cg_setattr_at(MoltValue o, MoltValue name, MoltValue v, MoltCgAttrCache *c) {
    if (MOLT_LIKELY(molt_is_ptr(o))) {
        MoltObject *p = molt_as_ptr(o);
        if (MOLT_LIKELY(p->type == c->type) && MOLT_LIKELY(c->absent_epoch == molt_type_attr_epoch)) {
            MoltDict *inst = molt_cg_inst_dict(c, p);
            int64_t h = c->hint;
            if (MOLT_LIKELY(inst != NULL && h < inst->nentries && inst->entries[h].key == name)) {
                MoltValue old = inst->entries[h].value;
                inst->entries[h].value = molt_incref(v);
                molt_decref(old);
                return 0;
            }
        }
    }
    return molt_cg_setattr_miss(o, name, v, c);
}

/* py.getattr / py.setattr without a site cache (for code generators that keep none). */
MOLT_CG_FN MoltValue molt_cg_getattr(MoltValue o, MoltValue name) {
    MoltCgAttrCache c = {0};
    return molt_cg_getattr_at(o, name, &c);
}
MOLT_CG_FN int molt_cg_setattr(MoltValue o, MoltValue name, MoltValue v) {
    MoltCgAttrCache c = {0};
    return molt_cg_setattr_at(o, name, v, &c);
}

#endif /* MOLT_CODEGEN_ATTR_H */
