package dev.molt.frontend.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.molt.frontend.PySyntaxError;
import dev.molt.frontend.PythonParser;
import dev.molt.frontend.SourceFile;
import dev.molt.frontend.ast.FunctionDef;
import dev.molt.frontend.ast.Module;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One test per scoping rule. Each snippet is parsed by Molt's parser, analysed, and the whole scope tree is
 * compared with python3's {@code symtable} (CPython 3.11); the asserts then spell out the rule the snippet shows.
 * Errors are compared with python3's message and position.
 */
class SymbolTableTest {
    private static SymtableOracle oracle;

    @BeforeAll
    static void startOracle() {
        oracle = new SymtableOracle();
    }

    @AfterAll
    static void stopOracle() {
        oracle.close();
    }

    static Module parse(String src) {
        return PythonParser.parse(SourceFile.of("t.py", src));
    }

    /** Analyses {@code src}, checks the whole tree against python3's symtable, and returns the module scope. */
    static Scope check(String src) {
        SymtableOracle.Answer a = oracle.ask("t.py", src);
        assertTrue(a.ok(), () -> "python3 rejected the snippet: " + a.error());
        Scope top = SymbolTable.build(parse(src), SourceFile.of("t.py", src)).top();
        List<String> diff = ScopeTreeDiff.diff(top, a.table());
        assertTrue(diff.isEmpty(), () -> String.join("\n", diff));
        return top;
    }

    /** Checks that python3 and we both reject {@code src} with {@code msg} at the same position. */
    static PySyntaxError checkError(String src, String msg) {
        return checkError(src, msg, msg);
    }

    /**
     * As {@link #checkError(String, String)}, where CPython 3.12 words the message ({@code msg}, which we use)
     * differently from python3 = 3.11 ({@code msg311}).
     */
    static PySyntaxError checkError(String src, String msg, String msg311) {
        SymtableOracle.Answer a = oracle.ask("t.py", src);
        assertFalse(a.ok(), "python3 accepted the snippet");
        Map<String, Object> e = a.error();
        assertEquals(msg311, e.get("msg"), "python3's message");
        PySyntaxError ours = assertThrows(PySyntaxError.class,
                () -> SymbolTable.build(parse(src), SourceFile.of("t.py", src)));
        assertEquals(msg, ours.msg());
        assertEquals(((Number) e.get("lineno")).intValue(), ours.lineno(), "lineno");
        assertEquals(((Number) e.get("offset")).intValue(), ours.offset(), "offset");
        assertEquals(((Number) e.get("end_lineno")).intValue(), ours.endLineno(), "end_lineno");
        assertEquals((e.get("end_offset") == null ? 0 : ((Number) e.get("end_offset")).intValue()), ours.endOffset(), "end_offset");
        return ours;
    }

    /** The scope reached from {@code top} by child names separated by '/' (first match at each step). */
    static Scope at(Scope top, String path) {
        Scope s = top;
        for (String name : path.split("/")) {
            Scope next = null;
            for (Scope c : s.children()) {
                if (c.name().equals(name)) {
                    next = c;
                    break;
                }
            }
            assertNotNull(next, () -> "no child " + name + " in " + path);
            s = next;
        }
        return s;
    }

    // ------------------------------------------------------------------ scopes and names

    @Test
    void functionLocalsParametersAndImplicitGlobals() {
        Scope top = check("x = 1\ndef f(a):\n    b = a + x\n    return len(b)\n");
        Scope f = at(top, "f");
        assertEquals(ScopeType.FUNCTION, f.type());
        assertEquals(2, f.lineno());
        assertEquals(SymbolScope.LOCAL, f.lookup("a").scope());
        assertTrue(f.lookup("a").isParameter());
        assertEquals(SymbolScope.LOCAL, f.lookup("b").scope());
        assertEquals(SymbolScope.GLOBAL_IMPLICIT, f.lookup("x").scope());
        assertEquals(SymbolScope.GLOBAL_IMPLICIT, f.lookup("len").scope());
        assertEquals(List.of("a", "b", "x", "len"), f.identifiers());
        assertTrue(top.lookup("f").isNamespace());
    }

    @Test
    void closureVariableIsCellOutsideAndFreeInside() {
        Scope top = check("def f():\n    x = 1\n    def g():\n        return x\n    return g\n");
        assertEquals(SymbolScope.CELL, at(top, "f").lookup("x").scope());
        assertEquals(SymbolScope.FREE, at(top, "f/g").lookup("x").scope());
        assertEquals(List.of("x"), at(top, "f").cells());
        assertEquals(List.of("x"), at(top, "f/g").frees());
        assertTrue(at(top, "f/g").hasFreeVariables());
        assertTrue(at(top, "f").hasChildWithFreeVariables());
    }

    @Test
    void freeVariablePassesThroughIntermediateFunctions() {
        Scope top = check("def f():\n    x = 1\n    def g():\n        def h():\n            return x\n"
                + "        return h\n    return g\n");
        Symbol passing = at(top, "f/g").lookup("x");
        assertEquals(SymbolScope.FREE, passing.scope());
        assertFalse(passing.isReferenced());
        assertEquals(0, passing.flags());
    }

    @Test
    void globalStatementMakesExplicitGlobalAndMarksTheModule() {
        Scope top = check("def f():\n    global y\n    y = 1\n    return y\n");
        Symbol y = at(top, "f").lookup("y");
        assertEquals(SymbolScope.GLOBAL_EXPLICIT, y.scope());
        assertTrue(y.isDeclaredGlobal());
        assertTrue(y.isAssigned());
        // symtable.c records the declaration in the module's symbols too.
        assertTrue(top.lookup("y").isDeclaredGlobal());
        assertEquals(SymbolFlags.DEF_GLOBAL, top.lookup("y").flags());
    }

    @Test
    void nestedFunctionSeesGlobalDeclarationOfEnclosingOne() {
        Scope top = check("def f():\n    global z\n    def g():\n        return z\n");
        assertEquals(SymbolScope.GLOBAL_IMPLICIT, at(top, "f/g").lookup("z").scope());
    }

    @Test
    void nonlocalStatementBindsInEnclosingFunction() {
        Scope top = check("def f():\n    x = 0\n    def g():\n        nonlocal x\n        x += 1\n    return g\n");
        Symbol x = at(top, "f/g").lookup("x");
        assertTrue(x.isNonlocal());
        assertEquals(SymbolScope.FREE, x.scope());
        assertEquals(SymbolScope.CELL, at(top, "f").lookup("x").scope());
        assertEquals(List.of("x"), at(top, "f/g").nonlocals());
    }

    @Test
    void classBindingsAreInvisibleToMethods() {
        Scope top = check("def outer():\n    y = 0\n    class C:\n        y = 1\n        z = y\n"
                + "        def m(self):\n            return y\n    return C\n");
        Scope c = at(top, "outer/C");
        assertEquals(ScopeType.CLASS, c.type());
        assertEquals(SymbolScope.LOCAL, c.lookup("y").scope());
        assertTrue(c.lookup("y").isFreeClass(), "class binds a name a method uses freely");
        assertEquals(SymbolScope.FREE, at(top, "outer/C/m").lookup("y").scope());
        assertEquals(SymbolScope.CELL, at(top, "outer").lookup("y").scope());
    }

    @Test
    void superAndDunderClassMakeTheImplicitClassCell() {
        Scope top = check("class C(B):\n    def m(self):\n        return super().m()\n"
                + "    def n(self):\n        return __class__\n    def o(self):\n        return 1\n");
        Scope c = at(top, "C");
        assertTrue(c.needsClassClosure());
        assertTrue(c.find("__class__").isEmpty(), "the class scope itself has no __class__ symbol");
        assertEquals(SymbolScope.FREE, at(top, "C/m").lookup("__class__").scope());
        assertEquals(SymbolScope.FREE, at(top, "C/n").lookup("__class__").scope());
        assertTrue(at(top, "C/o").find("__class__").isEmpty());
        assertFalse(c.needsClassdict(), "3.11 code never needs __classdict__");
    }

    @Test
    void privateNamesAreMangledInsideClasses() {
        Scope top = check("class _Spam:\n    __x = 1\n    __dunder__ = 2\n    def m(self, __p):\n"
                + "        return self.__x + __y + __p\n    class __Inner:\n        __z = 3\n"
                + "class ___:\n    __w = 4\n");
        Scope c = at(top, "_Spam");
        assertTrue(c.find("_Spam__x").isPresent());
        assertTrue(c.find("__dunder__").isPresent());
        assertTrue(c.find("_Spam__Inner").isPresent());
        assertEquals(List.of("self", "_Spam__p"), at(top, "_Spam/m").parameters());
        assertTrue(at(top, "_Spam/m").find("_Spam__y").isPresent());
        assertTrue(at(top, "_Spam/__Inner").find("_Inner__z").isPresent());
        assertTrue(at(top, "___").find("__w").isPresent(), "a class named only underscores mangles nothing");
    }

    @Test
    void variableAnnotations() {
        Scope top = check("x: int\ny: int = 0\n(z): int = 1\na.b: int\ndef f(p: P) -> R:\n    q: Q\n"
                + "    r: R2 = p\n    return q\n");
        assertTrue(top.lookup("x").isAnnotated());
        assertTrue(top.lookup("x").isAssigned(), "a bare simple annotation still records DEF_LOCAL");
        assertTrue(top.lookup("y").isAnnotated());
        assertFalse(top.lookup("z").isAnnotated(), "a parenthesized target is not simple");
        assertTrue(top.lookup("P").isReferenced(), "parameter annotations are evaluated in the enclosing scope");
        assertTrue(top.lookup("R").isReferenced());
        assertTrue(at(top, "f").lookup("q").isAnnotated());
        assertEquals(SymbolScope.LOCAL, at(top, "f").lookup("q").scope());
    }

    @Test
    void futureAnnotationsDropNamesUsedOnlyInAnnotations() {
        Scope top = check("\"\"\"doc\"\"\"\nfrom __future__ import annotations\nx: Foo = 1\n"
                + "def f(a: Bar, *b: Baz, **c: Qux) -> Ret:\n    y: Local\n");
        assertTrue(top.find("Foo").isEmpty());
        assertTrue(top.find("Bar").isEmpty());
        assertTrue(top.find("Ret").isEmpty());
        assertTrue(top.lookup("x").isAnnotated());
        assertTrue(at(top, "f").lookup("y").isAnnotated());
    }

    @Test
    void lateFutureImportDoesNotCount() {
        // not a future statement here (compile() would reject it; symtable does not check)
        Scope top = check("import os\nfrom __future__ import annotations\ndef f(a: Bar): pass\n");
        assertTrue(top.lookup("annotations").isImported());
        assertTrue(top.lookup("Bar").isReferenced());
    }

    @Test
    void comprehensionsGetTheirOwnScopes() {
        Scope top = check("def f(y, z):\n    a = [x for x in y if x]\n    b = {x for x in y}\n"
                + "    c = {k: v for k, v in z}\n    d = (x for x in y)\n    e = [[i * j for j in y] for i in z]\n");
        Scope f = at(top, "f");
        List<String> kids = f.children().stream().map(Scope::name).toList();
        assertEquals(List.of("listcomp", "setcomp", "dictcomp", "genexpr", "listcomp"), kids);
        Scope listcomp = f.children().get(0);
        assertEquals(Scope.ComprehensionKind.LIST, listcomp.comprehensionKind());
        assertEquals(List.of(".0"), listcomp.parameters());
        assertTrue(listcomp.lookup("x").isComprehensionIterationTarget());
        assertTrue(listcomp.find("y").isEmpty(), "the outermost iterable is evaluated in the enclosing scope");
        assertTrue(f.children().get(3).isGenerator());
        Scope inner = f.children().get(4).children().get(0);
        assertEquals(SymbolScope.FREE, inner.lookup("i").scope());
        assertEquals(SymbolScope.CELL, f.children().get(4).lookup("i").scope());
        assertEquals(SymbolScope.FREE, f.children().get(4).lookup("y").scope(), "inner iterable runs in the outer comprehension");
        assertTrue(inner.find("y").isEmpty());
    }

    @Test
    void walrusInComprehensionBindsInEnclosingFunction() {
        Scope top = check("def f(z):\n    [(y := x) for x in z]\n    return y\n");
        Scope f = at(top, "f");
        assertEquals(SymbolScope.CELL, f.lookup("y").scope());
        Symbol inComp = at(top, "f/listcomp").lookup("y");
        assertTrue(inComp.isNonlocal());
        assertEquals(SymbolScope.FREE, inComp.scope());
    }

    @Test
    void walrusInComprehensionAtModuleLevelIsGlobal() {
        Scope top = check("[(y := x) for x in z]\nw = [[(v := 1) for a in b] for c in d]\n");
        assertEquals(SymbolScope.GLOBAL_EXPLICIT, at(top, "listcomp").lookup("y").scope());
        assertTrue(top.lookup("y").isDeclaredGlobal());
        assertTrue(top.lookup("v").isDeclaredGlobal());
    }

    @Test
    void walrusInComprehensionFollowsEnclosingGlobalDeclaration() {
        Scope top = check("def f(z):\n    global y\n    [(y := x) for x in z]\n");
        assertEquals(SymbolScope.GLOBAL_EXPLICIT, at(top, "f/listcomp").lookup("y").scope());
    }

    @Test
    void lambdaScope() {
        Scope top = check("f = lambda a, *b, c=d, **e: a + g\n");
        Scope l = at(top, "lambda");
        assertEquals(ScopeType.FUNCTION, l.type());
        assertEquals(List.of("a", "c", "b", "e"), l.parameters());
        assertTrue(l.hasVarargs());
        assertTrue(l.hasVarkeywords());
        assertTrue(top.lookup("d").isReferenced(), "defaults are evaluated in the enclosing scope");
        assertEquals(SymbolScope.GLOBAL_IMPLICIT, l.lookup("g").scope());
    }

    @Test
    void importsBindTheirFirstComponent() {
        Scope top = check("import a.b.c\nimport d.e as f\nfrom g import h as i, j\nfrom k import *\n"
                + "def fn():\n    import os.path\n    return os\n");
        assertTrue(top.lookup("a").isImported());
        assertTrue(top.find("b").isEmpty());
        assertTrue(top.lookup("f").isImported());
        assertTrue(top.find("d").isEmpty());
        assertTrue(top.lookup("i").isImported());
        assertTrue(top.lookup("j").isImported());
        assertTrue(top.find("*").isEmpty());
        assertEquals(SymbolScope.LOCAL, at(top, "fn").lookup("os").scope());
    }

    @Test
    void parametersInDeclarationOrder() {
        Scope top = check("def f(a, /, b, *c, d, e=1, **g):\n    pass\n");
        assertEquals(List.of("a", "b", "d", "e", "c", "g"), at(top, "f").parameters());
        for (Symbol s : at(top, "f").symbols()) {
            assertTrue(s.isParameter(), s.name());
        }
    }

    @Test
    void delTargetsAndOtherBindings() {
        Scope top = check("def f(m):\n    del x\n    for i, (j, *k) in m: pass\n    with m as (w, v): pass\n"
                + "    try: pass\n    except E as err: pass\n    match m:\n        case [p, *rest]: pass\n"
                + "        case {'k': q, **others}: pass\n        case C(a=r) | D(s) as t: pass\n");
        Scope f = at(top, "f");
        for (String n : List.of("x", "i", "j", "k", "w", "v", "err", "p", "rest", "q", "others", "r", "s", "t")) {
            assertEquals(SymbolScope.LOCAL, f.lookup(n).scope(), n);
            assertTrue(f.lookup(n).isAssigned(), n);
        }
        assertEquals(SymbolScope.GLOBAL_IMPLICIT, f.lookup("E").scope());
    }

    @Test
    void asyncConstructs() {
        Scope top = check("async def f(y):\n    await g()\n    return [x async for x in y]\n"
                + "def h():\n    yield 1\n");
        assertTrue(at(top, "f").isCoroutine());
        assertTrue(at(top, "f/listcomp").isCoroutine());
        assertTrue(at(top, "h").isGenerator());
    }

    @Test
    void functionNamedTopIsTreatedAsModuleBySymtableModule() {
        Scope top = check("def top():\n    x = 1\n    return x\n");
        assertTrue(at(top, "top").lookup("x").isGlobal(), "Lib/symtable.py keys module-ness on the name 'top'");
        assertEquals(SymbolScope.LOCAL, at(top, "top").lookup("x").scope());
    }

    @Test
    void redefinitionsAreAllNamespaces() {
        Scope top = check("def f(): pass\ndef f(): pass\nclass f: pass\n");
        assertEquals(3, top.lookup("f").namespaces().size());
        assertEquals(List.of(1, 2, 3), top.children().stream().map(Scope::lineno).toList());
    }

    @Test
    void scopeOfMapsDefinitionsToTheirScopes() {
        String src = "def f():\n    def g(): pass\n";
        Module m = parse(src);
        SymbolTable t = SymbolTable.build(m, "t.py");
        FunctionDef f = (FunctionDef) m.body().get(0);
        assertEquals("f", t.scopeOf(f).name());
        assertEquals("g", t.scopeOf(f.body().get(0)).name());
        assertEquals(t.top(), t.scopeOf(m));
        assertEquals(null, t.typeParametersScopeOf(f));
    }

    // ------------------------------------------------------------------ errors

    @Test
    void parameterAndGlobal() {
        checkError("def f(x):\n    global x\n", "name 'x' is parameter and global");
    }

    @Test
    void parameterAndNonlocal() {
        checkError("def f(x):\n    def g(x):\n        nonlocal x\n", "name 'x' is parameter and nonlocal");
    }

    @Test
    void usedPriorToGlobal() {
        checkError("def f():\n    print(x)\n    global x\n", "name 'x' is used prior to global declaration");
    }

    @Test
    void usedPriorToNonlocal() {
        checkError("def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n",
                "name 'x' is used prior to nonlocal declaration");
    }

    @Test
    void assignedBeforeGlobal() {
        checkError("def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration");
    }

    @Test
    void annotatedGlobal() {
        checkError("def f():\n    x: int\n    global x\n", "annotated name 'x' can't be global");
        checkError("def f():\n    global x\n    x: int = 1\n", "annotated name 'x' can't be global");
    }

    @Test
    void annotatedNonlocal() {
        checkError("def f():\n    x = 1\n    def g():\n        nonlocal x\n        x: int = 1\n",
                "annotated name 'x' can't be nonlocal");
    }

    @Test
    void nonlocalAtModuleLevel() {
        checkError("nonlocal x\n", "nonlocal declaration not allowed at module level");
    }

    @Test
    void nonlocalWithoutBinding() {
        checkError("def f():\n    nonlocal y\n", "no binding for nonlocal 'y' found");
        checkError("y = 1\nclass C:\n    y = 2\n    def m(self):\n        nonlocal y\n",
                "no binding for nonlocal 'y' found");
    }

    @Test
    void nonlocalAndGlobal() {
        checkError("def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
                "name 'x' is nonlocal and global");
    }

    @ParameterizedTest
    @ValueSource(strings = {"list", "set", "dict", "generator"})
    void yieldInsideComprehension(String kind) {
        String expr = switch (kind) {
            case "list" -> "[(yield x) for x in y]";
            case "set" -> "{(yield x) for x in y}";
            case "dict" -> "{x: (yield x) for x in y}";
            default -> "((yield x) for x in y)";
        };
        String what = kind.equals("generator") ? "generator expression" : kind + " comprehension";
        checkError("def f(y):\n    return " + expr + "\n", "'yield' inside " + what);
    }

    @Test
    void walrusRebindingIterationVariable() {
        checkError("def f(y):\n    return [(x := 1) for x in y]\n",
                "assignment expression cannot rebind comprehension iteration variable 'x'");
    }

    @Test
    void innerLoopRebindingWalrusTarget() {
        checkError("def f():\n    return [i for i in range(5) if (j := 0) for j in range(5)]\n",
                "comprehension inner loop cannot rebind assignment expression target 'j'");
    }

    @Test
    void walrusInComprehensionIterable() {
        checkError("def f():\n    return [x for x in (y := [1])]\n",
                "assignment expression cannot be used in a comprehension iterable expression");
        checkError("def f(a):\n    return [x for b in a for x in (y := b)]\n",
                "assignment expression cannot be used in a comprehension iterable expression");
    }

    @Test
    void walrusInComprehensionInClassBody() {
        checkError("class C:\n    [(y := x) for x in z]\n",
                "assignment expression within a comprehension cannot be used in a class body");
    }

    @Test
    void duplicateArgument() {
        checkError("def f(a, b, a):\n    pass\n", "duplicate argument 'a' in function definition");
        checkError("lambda a, *a: 0\n", "duplicate argument 'a' in function definition");
    }

    @Test
    void importStarInFunction() {
        checkError("def f():\n    from os import *\n", "import * only allowed at module level");
    }

    @Test
    void expressionsForbiddenInFutureAnnotations() {
        String future = "from __future__ import annotations\n";
        // 3.12 words these "%s cannot be used within an annotation"; 3.11 "'%s' can not be used within an annotation".
        checkError(future + "def f(x: (y := 1)): pass\n", "named expression cannot be used within an annotation",
                "'named expression' can not be used within an annotation");
        checkError(future + "def f() -> (yield): pass\n", "yield expression cannot be used within an annotation",
                "'yield expression' can not be used within an annotation");
        checkError(future + "async def f(x: await y): pass\n",
                "await expression cannot be used within an annotation",
                "'await expression' can not be used within an annotation");
    }

    @Test
    void futureStatementErrors() {
        checkError("from __future__ import nope\n", "future feature nope is not defined");
        checkError("\"doc\"\nfrom __future__ import annotations, braces\n", "not a chance");
        checkError("import os; from __future__ import annotations\n",
                "from __future__ imports must occur at the beginning of the file");
        // on a later line it is the compiler's error, not symtable's
        Scope top = check("import os\nfrom __future__ import annotations\n");
        assertTrue(top.lookup("annotations").isImported());
    }

    @Test
    void errorOffsetsCountCodePointsWhenTheSourceIsKnown() {
        String src = "def f(\u00e9):\n    \u00e9; global \u00e9\n";
        PySyntaxError e = assertThrows(PySyntaxError.class,
                () -> SymbolTable.build(parse(src), SourceFile.of("t.py", src)));
        assertEquals("name '\u00e9' is parameter and global", e.msg());
        assertEquals(8, e.offset(), "column of 'global' in code points, 1-based");
        assertEquals("    \u00e9; global \u00e9", e.text());
        PySyntaxError bytes = assertThrows(PySyntaxError.class, () -> SymbolTable.build(parse(src), "t.py"));
        assertEquals(9, bytes.offset(), "without the source: UTF-8 byte column + 1, as CPython reports it");
        SymtableOracle.Answer a = oracle.ask("t.py", src);
        assertEquals(9L, a.error().get("offset"));
    }

    @Test
    void everyScopeTypeHasItsSymtableName() {
        assertEquals("TypeVar bound", ScopeType.TYPE_VARIABLE_BOUND.symtableName());
        assertEquals("type parameter", ScopeType.TYPE_PARAMETERS.symtableName());
        assertEquals("type alias", ScopeType.TYPE_ALIAS.symtableName());
        try {
            ScopeType.valueOf("TYPE_VARIABLE_BOUND");
        } catch (IllegalArgumentException e) {
            fail(e);
        }
    }
}
