package dev.molt.frontend.scope;

import static dev.molt.frontend.scope.SymbolFlags.DEF_ANNOT;
import static dev.molt.frontend.scope.SymbolFlags.DEF_BOUND;
import static dev.molt.frontend.scope.SymbolFlags.DEF_COMP_ITER;
import static dev.molt.frontend.scope.SymbolFlags.DEF_FREE_CLASS;
import static dev.molt.frontend.scope.SymbolFlags.DEF_IMPORT;
import static dev.molt.frontend.scope.SymbolFlags.DEF_LOCAL;
import static dev.molt.frontend.scope.SymbolFlags.DEF_NONLOCAL;
import static dev.molt.frontend.scope.SymbolFlags.DEF_PARAM;
import static dev.molt.frontend.scope.SymbolFlags.DEF_TYPE_PARAM;
import static dev.molt.frontend.scope.SymbolFlags.USE;

import java.util.List;

/**
 * One name of one {@link Scope}, with the facts CPython's symtable records for it. The {@code is*} methods
 * answer exactly as the same-named methods of CPython's {@code symtable.Symbol} (Lib/symtable.py), including its
 * quirk that in a table named {@code "top"} every bound name also counts as local and global.
 *
 * <p>For code generation prefer {@link #scope()}: it is the single run-time storage decision
 * (fast local, cell, free/closure, global or name lookup).
 */
public final class Symbol {
    private final String name;
    private final int flags;
    private final SymbolScope scope;
    private final List<Scope> namespaces;
    private final boolean moduleScope;

    Symbol(String name, int flags, SymbolScope scope, List<Scope> namespaces, boolean moduleScope) {
        this.name = name;
        this.flags = flags;
        this.scope = scope;
        this.namespaces = List.copyOf(namespaces);
        this.moduleScope = moduleScope;
    }

    /** The name as stored: private names in a class are already mangled ({@code __x} in {@code class C} is {@code _C__x}). */
    public String name() {
        return name;
    }

    /** The raw {@link SymbolFlags} bits (without the scope, which {@link #scope()} gives). */
    public int flags() {
        return flags;
    }

    /** Where the name lives at run time. */
    public SymbolScope scope() {
        return scope;
    }

    /** {@code symtable.Symbol.is_referenced}: the name is read in this scope. */
    public boolean isReferenced() {
        return (flags & USE) != 0;
    }

    /** {@code symtable.Symbol.is_parameter}: a formal parameter (or {@code .0}, {@code .defaults}, ...). */
    public boolean isParameter() {
        return (flags & DEF_PARAM) != 0;
    }

    /** {@code symtable.Symbol.is_global}: global scope, or bound in a table named {@code "top"}. */
    public boolean isGlobal() {
        return scope == SymbolScope.GLOBAL_IMPLICIT || scope == SymbolScope.GLOBAL_EXPLICIT
                || (moduleScope && (flags & DEF_BOUND) != 0);
    }

    /** {@code symtable.Symbol.is_nonlocal}: declared {@code nonlocal} (also set for a walrus target in a comprehension). */
    public boolean isNonlocal() {
        return (flags & DEF_NONLOCAL) != 0;
    }

    /** {@code symtable.Symbol.is_declared_global}: scope {@link SymbolScope#GLOBAL_EXPLICIT}. */
    public boolean isDeclaredGlobal() {
        return scope == SymbolScope.GLOBAL_EXPLICIT;
    }

    /** {@code symtable.Symbol.is_local}: scope LOCAL or CELL, or bound in a table named {@code "top"}. */
    public boolean isLocal() {
        return scope == SymbolScope.LOCAL || scope == SymbolScope.CELL
                || (moduleScope && (flags & DEF_BOUND) != 0);
    }

    /** {@code symtable.Symbol.is_annotated}: has a (simple) variable annotation in this scope. */
    public boolean isAnnotated() {
        return (flags & DEF_ANNOT) != 0;
    }

    /** {@code symtable.Symbol.is_free}: scope {@link SymbolScope#FREE}. */
    public boolean isFree() {
        return scope == SymbolScope.FREE;
    }

    /** Scope {@link SymbolScope#CELL} (the {@code symtable} module has no method for it). */
    public boolean isCell() {
        return scope == SymbolScope.CELL;
    }

    /** {@code symtable.Symbol.is_imported}: bound by an {@code import}. */
    public boolean isImported() {
        return (flags & DEF_IMPORT) != 0;
    }

    /** {@code symtable.Symbol.is_assigned}: has {@link SymbolFlags#DEF_LOCAL} (stored, deleted, def/class name...). */
    public boolean isAssigned() {
        return (flags & DEF_LOCAL) != 0;
    }

    /** {@code symtable.Symbol.is_namespace}: some child scope has this name. */
    public boolean isNamespace() {
        return !namespaces.isEmpty();
    }

    /** A PEP 695 type parameter ({@link SymbolFlags#DEF_TYPE_PARAM}). */
    public boolean isTypeParameter() {
        return (flags & DEF_TYPE_PARAM) != 0;
    }

    /** An iteration target of a comprehension ({@link SymbolFlags#DEF_COMP_ITER}). */
    public boolean isComprehensionIterationTarget() {
        return (flags & DEF_COMP_ITER) != 0;
    }

    /** A class-scope name that a method also uses freely ({@link SymbolFlags#DEF_FREE_CLASS}). */
    public boolean isFreeClass() {
        return (flags & DEF_FREE_CLASS) != 0;
    }

    /** {@code symtable.Symbol.get_namespaces}: the child scopes with this name, in child order. */
    public List<Scope> namespaces() {
        return namespaces;
    }

    @Override
    public String toString() {
        return "<symbol '" + name + "' " + scope + " flags=" + flags + ">";
    }
}
