package dev.molt.frontend.scope;

/**
 * The kind of a {@link Scope}: CPython 3.12's {@code _Py_block_ty} ({@code Include/internal/pycore_symtable.h}),
 * named as 3.13's {@code symtable.SymbolTableType} names them. {@link #symtableName()} gives the string
 * CPython 3.12's {@code symtable.SymbolTable.get_type()} returns.
 *
 * @see <a href="https://docs.python.org/3.12/library/symtable.html">symtable — Access to the compiler's symbol tables</a>
 */
public enum ScopeType {
    /** The module body ({@code ModuleBlock}), always named {@code "top"}. */
    MODULE("module"),
    /** A class body ({@code ClassBlock}). */
    CLASS("class"),
    /**
     * A function, lambda, or comprehension body ({@code FunctionBlock}); comprehensions are named
     * {@code listcomp}, {@code setcomp}, {@code dictcomp}, {@code genexpr}, lambdas {@code lambda}.
     */
    FUNCTION("function"),
    /**
     * An annotation scope under {@code from __future__ import annotations} ({@code AnnotationBlock}). CPython 3.12
     * opens such a block while it visits the annotation but never links it into the tree, so no {@link Scope}
     * reachable from {@link SymbolTable#top()} has this type.
     */
    ANNOTATION("annotation"),
    /** The value of a {@code type X = ...} statement ({@code TypeAliasBlock}, 3.12), named after the alias. */
    TYPE_ALIAS("type alias"),
    /**
     * The hidden scope holding the type parameters of a generic {@code def}, {@code class} or {@code type}
     * ({@code TypeParamBlock}, PEP 695), named after the function, class or alias.
     */
    TYPE_PARAMETERS("type parameter"),
    /** The bound or constraints of a {@code TypeVar} ({@code TypeVarBoundBlock}, 3.12), named after the type variable. */
    TYPE_VARIABLE_BOUND("TypeVar bound");

    private final String symtableName;

    ScopeType(String symtableName) {
        this.symtableName = symtableName;
    }

    /**
     * The string CPython 3.12's {@code symtable.SymbolTable.get_type()} returns for this kind
     * ({@code "module"}, {@code "class"}, {@code "function"}, {@code "annotation"}, {@code "type alias"},
     * {@code "type parameter"}, {@code "TypeVar bound"}).
     *
     * @return the name, never {@code null}
     */
    public String symtableName() {
        return symtableName;
    }

    /**
     * Whether CPython treats the block as function-like ({@code _PyST_IsFunctionLike}): its locals are fast
     * locals, visible to nested scopes as closure cells.
     *
     * @return {@code true} for {@link #FUNCTION}, {@link #TYPE_ALIAS}, {@link #TYPE_PARAMETERS},
     *     {@link #TYPE_VARIABLE_BOUND}
     */
    public boolean isFunctionLike() {
        return this == FUNCTION || this == TYPE_ALIAS || this == TYPE_PARAMETERS || this == TYPE_VARIABLE_BOUND;
    }
}
