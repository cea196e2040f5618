package dev.molt.frontend.scope;

/**
 * The raw definition flags CPython's symtable collects in its first pass ({@code DEF_*} and {@code USE} in
 * CPython 3.12 {@code Include/internal/pycore_symtable.h}), with the same bit values. {@link Symbol#flags()}
 * returns a combination of these.
 */
public final class SymbolFlags {
    private SymbolFlags() {}

    /** {@code global} statement. */
    public static final int DEF_GLOBAL = 1;
    /** Assignment in the code block (any store or delete, {@code def}/{@code class} name, except handler name). */
    public static final int DEF_LOCAL = 2;
    /** Formal parameter (including the implicit {@code .0} of comprehensions). */
    public static final int DEF_PARAM = 4;
    /** {@code nonlocal} statement. */
    public static final int DEF_NONLOCAL = 8;
    /** Name is read ({@code Load} context). */
    public static final int USE = 16;
    /** Name used but not defined in a nested block (unused by CPython 3.12, kept for the value table). */
    public static final int DEF_FREE = 32;
    /** Free variable of a method that the class scope also binds. */
    public static final int DEF_FREE_CLASS = 64;
    /** Bound by an {@code import}. */
    public static final int DEF_IMPORT = 128;
    /** Has an annotation ({@code x: int}). */
    public static final int DEF_ANNOT = 256;
    /** An iteration target of a comprehension. */
    public static final int DEF_COMP_ITER = 512;
    /** A PEP 695 type parameter (3.12). */
    public static final int DEF_TYPE_PARAM = 1024;
    /** A cell an inlined comprehension needs (3.12, PEP 709); set only under {@link SymtableDialect#CPYTHON_3_12}. */
    public static final int DEF_COMP_CELL = 2048;
    /** Any binding: {@code DEF_LOCAL | DEF_PARAM | DEF_IMPORT}. */
    public static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
}
