package dev.molt.frontend.scope;

/**
 * Where a name lives at run time, as CPython's symtable decides it in its second pass
 * ({@code LOCAL}, {@code GLOBAL_EXPLICIT}, {@code GLOBAL_IMPLICIT}, {@code FREE}, {@code CELL} in
 * {@code Include/internal/pycore_symtable.h}).
 */
public enum SymbolScope {
    /** Bound in this scope and used by no nested scope (a fast local in functions, a namespace entry elsewhere). */
    LOCAL,
    /** Declared {@code global} here (or, for a module, bound by a {@code global} statement elsewhere). */
    GLOBAL_EXPLICIT,
    /** Not bound in any enclosing function scope: a module global or a builtin. */
    GLOBAL_IMPLICIT,
    /** Bound in an enclosing function-like scope and read through a closure cell. */
    FREE,
    /** Bound here and captured by a nested scope: it lives in a cell. */
    CELL
}
