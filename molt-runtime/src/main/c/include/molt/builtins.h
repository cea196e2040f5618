/*
 * molt/builtins.h — the builtin functions and the type constructors, all
 * callable through molt_call (the vector entry).
 *
 * molt_builtin(name) returns the object bound to `name` in CPython's
 * builtins module (borrowed, immortal): a builtin function (len, print, ...)
 * or a type (int, list, range, ...), or MOLT_ERROR with NameError
 * "name 'x' is not defined". The C backend resolves builtins through it (or
 * through the MoltBuiltin_* objects directly).
 *
 * Argument errors use CPython 3.11's messages for each builtin (METH_O:
 * "len() takes exactly one argument (2 given)"; Argument Clinic: "divmod
 * expected 2 arguments, got 1", "'x' is an invalid keyword argument for max()").
 *
 * Source followed: CPython 3.11 Python/bltinmodule.c and the Objects/ files of each type
 * (tp_new / vectorcall of int, float, str, bool, list, tuple, dict, set,
 * frozenset, range, slice, enumerate, zip, map, filter, reversed, type, object).
 */
#ifndef MOLT_BUILTINS_H
#define MOLT_BUILTINS_H

#include "molt/object.h"

MoltValue molt_builtin(const char *name);

/* Keyword parsing for builtins: for each kwnames[i] (value args[nargs+i]) find
 * it in names[0..n) and store the borrowed value in out[j]; unknown name ->
 * TypeError "'x' is an invalid keyword argument for F()". out entries not
 * given stay as they were. 0 / -1. */
int molt_arg_keywords(const char *fname, const MoltValue *args, size_t nargs, MoltValue kwnames,
                      const char *const *names, MoltValue *out, size_t n);
/* METH_O check: exactly one positional argument, no keywords. */
int molt_arg_one(const char *fname, size_t nargs, MoltValue kwnames);

/* isinstance(v, cls) for a type or a tuple of types: -1, 0, 1. */
int molt_isinstance(MoltValue v, MoltValue cls);
/* issubclass(t, cls): -1, 0, 1 */
int molt_issubclass(MoltValue t, MoltValue cls);

/* o.name for the methods of list, tuple, dict, set, frozenset and str (methods.c): a new
 * bound builtin method, or MOLT_NOTIMPLEMENTED when the type has no such method. */
MoltValue molt_builtin_method(MoltValue o, MoltValue name);
/* The unbound method `T.name` of builtin type t (list.append, str.upper ...): a new
 * method_descriptor (CPython PyMethodDescr_Type) whose call checks that its first argument is
 * a T ("descriptor 'append' for 'list' objects doesn't apply to a 'int' object") and calls the
 * method on it; repr "<method 'append' of 'list' objects>". MOLT_NOTIMPLEMENTED if t has no
 * such method. */
extern MoltType MoltMethodDescr_Type;
MoltValue molt_method_descriptor(MoltType *t, MoltValue name);
/* Frees the unbound methods molt_method_descriptor keeps (molt_runtime_fini). */
void molt_methods_fini(void);
/* __name__, __qualname__ ('list.append'), __objclass__ of a method_descriptor, else MOLT_NOTIMPLEMENTED. */
MoltValue molt_method_descriptor_getattr(MoltValue o, MoltValue name);

/* The constructors of the builtin types (their tp_vectorcall, builtins_types.c): called with the type as
 * `type`, CPython's argument checks and messages. And type.__call__ (MoltType_Type.tp_call). */
MoltValue molt_ctor_type(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kw);
MoltValue molt_ctor_object(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kw);
MoltValue molt_ctor_int(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kw);
MoltValue molt_ctor_float(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kw);
MoltValue molt_ctor_str(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kw);
MoltValue molt_ctor_bool(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kw);
MoltValue molt_ctor_list(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kw);
MoltValue molt_ctor_tuple(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kw);
MoltValue molt_ctor_dict(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kw);
MoltValue molt_ctor_set(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kw);
MoltValue molt_ctor_frozenset(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kw);
MoltValue molt_ctor_range(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kw);
MoltValue molt_ctor_slice(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kw);
MoltValue molt_ctor_enumerate(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kw);
MoltValue molt_ctor_zip(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kw);
MoltValue molt_ctor_map(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kw);
MoltValue molt_ctor_filter(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kw);
MoltValue molt_ctor_reversed(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kw);
MoltValue molt_type_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kw);

#endif
