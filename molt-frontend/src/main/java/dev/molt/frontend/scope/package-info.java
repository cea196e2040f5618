/**
 * Scope analysis: which names each block binds, and whether each is a fast local, a cell, a free (closure)
 * variable, or a global, as CPython's {@code symtable} decides it.
 *
 * <p>Entry point: {@link dev.molt.frontend.scope.SymbolTable#build(dev.molt.frontend.ast.Module,
 * dev.molt.frontend.SourceFile)} returns a tree of {@link dev.molt.frontend.scope.Scope}s holding
 * {@link dev.molt.frontend.scope.Symbol}s. The algorithm follows CPython 3.12 {@code Python/symtable.c}: a first
 * pass ({@code Collector}) walks the AST, opens a block per module, class, function, lambda, comprehension and
 * (3.12) type-parameter, type-alias and TypeVar-bound scope, and records {@link dev.molt.frontend.scope.SymbolFlags}
 * per name; a second pass ({@code Analyzer}) decides each name's {@link dev.molt.frontend.scope.SymbolScope}
 * ({@code LOCAL}, {@code GLOBAL_EXPLICIT}, {@code GLOBAL_IMPLICIT}, {@code FREE}, {@code CELL}). The errors those
 * passes raise (for example {@code "no binding for nonlocal 'x' found"}) are thrown as
 * {@link dev.molt.frontend.PySyntaxError} at CPython's position.
 *
 * <h2>CPython 3.11 or 3.12: {@link dev.molt.frontend.scope.SymtableDialect}</h2>
 * The default dialect, {@link dev.molt.frontend.scope.SymtableDialect#CPYTHON_3_11}, answers as the
 * {@code symtable} module of the machine's {@code python3} (CPython 3.11) for code both versions accept, since that
 * is what the project checks against; {@link dev.molt.frontend.scope.SymtableDialect#CPYTHON_3_12} answers as
 * CPython 3.12.1's. They differ in:
 * <ul>
 *   <li><b>Comprehension inlining (PEP 709).</b> 3.12 merges list, set and dict comprehension scopes into the
 *       enclosing scope during analysis ({@code inline_comprehension}): the comprehension's children move up, its
 *       names (iteration variables included) appear in the enclosing scope, outer locals it uses stop being
 *       cells, and cells it needs are marked {@link dev.molt.frontend.scope.SymbolFlags#DEF_COMP_CELL}. In the
 *       3.11 dialect every comprehension keeps its own {@code listcomp}/{@code setcomp}/{@code dictcomp}
 *       {@link dev.molt.frontend.scope.ScopeType#FUNCTION} scope with the implicit parameter {@code .0}.
 *       Generator expressions are never inlined.</li>
 *   <li><b>{@code __classdict__}</b>: 3.12 offers it to every class's nested scopes; the 3.11 dialect only where
 *       the class directly contains a 3.12 annotation scope (generic method or class, {@code type} alias), which
 *       changes nothing for 3.11 code except a literal use of the name {@code __classdict__} in a method.</li>
 *   <li><b>Visiting order</b> of a non-generic {@code def} (3.11: parameter annotations before decorators) and
 *       {@code class} (3.11: bases and keywords before decorators). This changes only the order of symbols and
 *       children. ({@code try} is visited body, {@code else}, handlers, {@code finally} by both 3.11 and 3.12.1;
 *       later symtable.c sources visit the handlers first.)</li>
 *   <li>3.11 reports {@code "from __future__ imports must occur at the beginning of the file"} for a future import
 *       after another statement on the same line; 3.12 leaves it to the compiler.</li>
 * </ul>
 * Constructs only 3.12 accepts (PEP 695 type parameters, {@code type} statements) are analysed as 3.12 does in
 * both dialects: a generic function's {@link dev.molt.frontend.scope.ScopeType#TYPE_PARAMETERS} scope always has the
 * parameter {@code .defaults} (symtable.c tests that the defaults list is non-NULL, which it always is for parsed
 * code) and {@code .kwdefaults} when some keyword-only parameter has a default; a generic class's has
 * {@code .type_params} and {@code .generic_base}, and its body {@code __type_params__} and a use of
 * {@code .type_params}. After a generic class the private-name prefix is restored: 3.12.1 leaks it to the
 * statements that follow (so {@code __x} after {@code class C[T]: ...} becomes {@code _C__x}); 3.13 fixed that.
 * Error messages are 3.12's where they differ (3.11 says {@code "'named expression' can not be used within an
 * annotation"}, 3.12 {@code "named expression cannot be used within an annotation"}).
 *
 * <h2>Other notes</h2>
 * <ul>
 *   <li>Symbol names are stored mangled ({@code __x} in {@code class C} is {@code _C__x}), as CPython stores them.</li>
 *   <li>Symbols are in first-seen order. The free names the second pass adds to blocks they only pass through come
 *       last, in the order the nested blocks reported them (CPython adds them in set order, which varies).</li>
 *   <li>{@link dev.molt.frontend.scope.Symbol#isLocal()} and {@link dev.molt.frontend.scope.Symbol#isGlobal()}
 *       copy {@code Lib/symtable.py}, which treats any table named {@code "top"} (also a function so named) as
 *       the module.</li>
 *   <li>With {@code from __future__ import annotations}, names used only in annotations are not recorded (3.11 and
 *       3.12 put them in an {@code AnnotationBlock} that is dropped).</li>
 * </ul>
 *
 * @see <a href="https://docs.python.org/3.12/library/symtable.html">symtable module</a>
 * @see <a href="https://docs.python.org/3.12/reference/executionmodel.html#naming-and-binding">Python Language
 *     Reference §4.2, Naming and binding</a>
 */
package dev.molt.frontend.scope;
