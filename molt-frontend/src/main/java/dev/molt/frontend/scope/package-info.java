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
 * <h2>Where this follows CPython 3.11 rather than 3.12</h2>
 * The result is checked against the {@code symtable} module of the machine's {@code python3} (CPython 3.11), so
 * for code that both versions accept it answers as 3.11 does:
 * <ul>
 *   <li><b>Comprehensions are not inlined.</b> 3.12 (PEP 709) merges list, set and dict comprehension scopes into
 *       the enclosing function during analysis ({@code inline_comprehension}): the comprehension's children move
 *       up, its iteration variables appear in the enclosing scope, and outer locals it uses stop being cells.
 *       Here every comprehension keeps its own {@code listcomp}/{@code setcomp}/{@code dictcomp}/{@code genexpr}
 *       {@link dev.molt.frontend.scope.ScopeType#FUNCTION} scope with the implicit parameter {@code .0}, as in
 *       3.11. A lowering that inlines comprehensions may still do so; the scope tree says what each name means.
 *       {@link dev.molt.frontend.scope.SymbolFlags#DEF_COMP_CELL} is therefore never set.</li>
 *   <li><b>{@code __classdict__}</b> is visible to a class's nested blocks only when the class directly contains
 *       a 3.12 annotation scope (generic method or class, {@code type} alias); 3.12 adds it to every class, which
 *       changes nothing for 3.11 code except a literal use of the name {@code __classdict__} in a method.</li>
 *   <li><b>Visiting order of a non-generic {@code def} or {@code class}</b>: 3.11 visits parameter annotations
 *       before decorators, and class bases and keywords before decorators; 3.12 visits decorators first. This
 *       only changes the order of symbols in the enclosing scope; the 3.11 order is used unless the definition
 *       has type parameters.</li>
 *   <li><b>Visiting order of {@code try}</b>: 3.11 visits the {@code else} block before the handlers, 3.12
 *       after them; this changes only the order of symbols and children. The 3.11 order is used.</li>
 * </ul>
 * Constructs 3.11 cannot parse (PEP 695 type parameters, {@code type} statements) follow 3.12.0's symtable.c:
 * a generic function's {@link dev.molt.frontend.scope.ScopeType#TYPE_PARAMETERS} scope always has the parameter
 * {@code .defaults} (symtable.c tests that the defaults list is non-NULL, which it always is for parsed code) and
 * {@code .kwdefaults} when some keyword-only parameter has a default; a generic class's has {@code .type_params}
 * and {@code .generic_base}, and its body {@code __type_params__} and a use of {@code .type_params}. After a
 * generic class the private-name prefix is restored (3.12.0 leaked it to the following statements).
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
