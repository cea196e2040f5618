package dev.molt.frontend.scope;

/**
 * Which CPython's {@code symtable} module the analysis answers like, where CPython 3.11 and 3.12 differ for code
 * both accept. Constructs only 3.12 accepts (PEP 695) are analysed as 3.12 does in both dialects.
 */
public enum SymtableDialect {
    /**
     * As CPython 3.11's {@code symtable} (the default, and the machine's {@code python3}): every comprehension keeps
     * its own scope; 3.11's visiting order (annotations before decorators, class bases before decorators); a
     * {@code from __future__} import after another statement on the same line is an error.
     */
    CPYTHON_3_11,
    /**
     * As CPython 3.12's {@code symtable}: list, set and dict comprehensions are inlined into the enclosing scope
     * (PEP 709: their symbols join it, their children move up, {@link SymbolFlags#DEF_COMP_CELL} marks cells they
     * need), every class passes {@code __classdict__} to nested scopes, 3.12's visiting order (decorators first),
     * and a misplaced {@code from __future__} import is left to the compiler. Checked against CPython 3.12.1.
     */
    CPYTHON_3_12
}
