package dev.molt.frontend.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.molt.frontend.PySyntaxError;
import dev.molt.frontend.PythonParser;
import dev.molt.frontend.SourceFile;
import dev.molt.frontend.ast.ClassDef;
import dev.molt.frontend.ast.Module;
import dev.molt.frontend.testing.Oracles;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * PEP 695 scopes (type parameters, {@code type} aliases, TypeVar bounds), which python3 = 3.11 cannot parse.
 * The expectations follow CPython 3.12.0 {@code Python/symtable.c} ({@code symtable_enter_type_param_block},
 * {@code symtable_visit_type_param}, the {@code TypeAlias_kind} case and {@code analyze_name}'s class-entry rule),
 * worked through by hand for each snippet. Where CPython 3.12 is installed (see
 * {@link Oracles#python312()}), every snippet is also compared with its {@code symtable} in full.
 */
class TypeParameterScopeTest {
    private static SymtableOracle oracle312;

    @BeforeAll
    static void startOracle() {
        String python = Oracles.python312();
        if (python != null) {
            oracle312 = new SymtableOracle(python);
        }
    }

    @AfterAll
    static void stopOracle() {
        if (oracle312 != null) {
            oracle312.close();
        }
    }

    static List<String> snippets312() {
        return List.of(
                "def f[T: int, *Ts, **P](x: T) -> T:\n    return T\n",
                "def f[T](a=1, *, b=2): pass\n",
                "def f[T](*, k=1): pass\n",
                "def f[T](): pass\n",
                "class C[T](Base[T]):\n    def m(self) -> T:\n        return T\n",
                "class C[__T]:\n    __y = 1\n",
                "type A[T] = list[T]\ntype B = int\n",
                "type A = B\ntype B = A\n",
                "def f():\n    x = 0\n    class C:\n        x = int\n        type A = x\n        y = x\n",
                "class C:\n    def m[T](self, x: T = None): pass\n",
                "class C:\n    def m[T: C](self): pass\n",
                "class C:\n    T = int\n    def m[U: T](self) -> U: pass\n",
                "def outer():\n    T = 1\n    class C:\n        T = 2\n        type A = T\n    return C\n",
                "class C:\n    global g\n    type A = g\n",
                "def f():\n    x = 1\n    class C:\n        nonlocal x\n        type A = x\n",
                "class Outer:\n    class Inner[T]:\n        def m(self): return super()\n",
                "class C:\n    def m[T](self): return super().m()\n",
                "async def f[T](): await g()\n",
                "@dec\nclass C[T](B, metaclass=M): pass\n",
                "def f[T]():\n    def g(): return T\n    return g\n",
                "class C[T]:\n    x: T\n    def m(self): return __class__\n",
                "def f[**P, *Ts](*args: P.args, **kwargs: P.kwargs) -> tuple[*Ts]: pass\n",
                "def f[T](x=lambda: T): pass\n",
                "class C[T]:\n    type A[U] = dict[T, U]\n",
                "def f[T, T](): pass\n",
                "def f[T: (x := 1)](): pass\n",
                "type A = (yield)\n",
                "type A = await x\n",
                "type A = [(y := 1) for x in z]\n",
                "class C[T]:\n    def m(self):\n        nonlocal T\n",
                "class C:\n    type A = lambda: 1\n",
                "class C:\n    type A = [x for x in y]\n",
                "class C[T: (yield)]: pass\n",
                "def f[T](x: (yield)): pass\n");
    }

    /** The whole tree (or error) equals python3.12's, built from CPython 3.12's own AST in the 3.12 dialect. */
    @ParameterizedTest
    @MethodSource("snippets312")
    void agreesWithCPython312(String src) {
        assumeTrue(oracle312 != null, "python3.12 is not installed");
        SymtableOracle.Answer a = oracle312.ask("t.py", src);
        assertTrue(a.ast() != null, () -> "python3.12 cannot parse " + src + ": " + a.error());
        Module m = CPythonAst.module(a.ast());
        if (a.ok()) {
            List<String> diff = ScopeTreeDiff.diff(
                    SymbolTable.build(m, SourceFile.of("t.py", src), SymtableDialect.CPYTHON_3_12).top(), a.table());
            assertTrue(diff.isEmpty(), () -> String.join("\n", diff));
        } else {
            Map<String, Object> e = a.error();
            PySyntaxError ours = assertThrows(PySyntaxError.class,
                    () -> SymbolTable.build(m, SourceFile.of("t.py", src), SymtableDialect.CPYTHON_3_12));
            assertEquals(e.get("msg"), ours.msg());
            assertEquals(((Number) e.get("lineno")).intValue(), ours.lineno());
            assertEquals(((Number) e.get("offset")).intValue(), ours.offset());
            assertEquals(((Number) e.get("end_lineno")).intValue(), ours.endLineno());
            assertEquals(((Number) e.get("end_offset")).intValue(), ours.endOffset());
        }
    }

    static SymbolTable build(String src) {
        Module m = PythonParser.parse(SourceFile.of("t.py", src));
        return SymbolTable.build(m, SourceFile.of("t.py", src));
    }

    static List<String> names(Scope s) {
        return s.children().stream().map(c -> c.type().symtableName() + " " + c.name()).toList();
    }

    @Test
    void genericFunction() {
        Scope top = build("def f[T: int, *Ts, **P](x: T) -> T:\n    return T\n").top();
        assertEquals(List.of("f"), top.identifiers());
        assertEquals(List.of("type parameter f"), names(top));
        Scope tp = top.children().get(0);
        assertEquals(ScopeType.TYPE_PARAMETERS, tp.type());
        assertEquals(1, tp.lineno());
        assertEquals(List.of(".defaults", "T", "Ts", "P"), tp.identifiers());
        assertTrue(tp.lookup(".defaults").isParameter());
        assertTrue(tp.lookup("T").isTypeParameter());
        assertTrue(tp.lookup("T").isReferenced(), "annotations are evaluated in the type parameter scope");
        assertEquals(SymbolScope.CELL, tp.lookup("T").scope(), "the body uses T");
        assertEquals(SymbolScope.LOCAL, tp.lookup("Ts").scope());
        assertEquals(List.of("TypeVar bound T", "function f"), names(tp));
        Scope bound = tp.children().get(0);
        assertEquals(SymbolScope.GLOBAL_IMPLICIT, bound.lookup("int").scope());
        assertTrue(bound.isNested());
        Scope f = tp.children().get(1);
        assertEquals(SymbolScope.FREE, f.lookup("T").scope());
        assertEquals(List.of("x", "T"), f.identifiers());
    }

    @Test
    void keywordOnlyDefaultsAddKwdefaults() {
        Scope tp = build("def f[T](a=1, *, b=2): pass\n").top().children().get(0);
        assertEquals(List.of(".defaults", ".kwdefaults", "T"), tp.identifiers());
        assertEquals(List.of(".defaults", ".kwdefaults"), tp.parameters());
    }

    @Test
    void genericClass() {
        String src = "class C[T](Base[T]):\n    def m(self) -> T:\n        return T\n";
        SymbolTable t = build(src);
        Scope top = t.top();
        assertEquals(List.of("C"), top.identifiers());
        Scope tp = top.children().get(0);
        assertEquals("type parameter C", names(top).get(0));
        assertEquals(List.of(".type_params", ".generic_base", "T", "Base"), tp.identifiers());
        assertEquals(SymbolScope.CELL, tp.lookup("T").scope());
        assertEquals(SymbolScope.CELL, tp.lookup(".type_params").scope());
        assertEquals(SymbolScope.LOCAL, tp.lookup(".generic_base").scope());
        assertEquals(SymbolScope.GLOBAL_IMPLICIT, tp.lookup("Base").scope());
        Scope c = tp.children().get(0);
        assertEquals(ScopeType.CLASS, c.type());
        assertEquals(List.of("__type_params__", ".type_params", "m", "T"), c.identifiers());
        assertEquals(SymbolScope.FREE, c.lookup(".type_params").scope());
        assertEquals(SymbolScope.FREE, c.lookup("T").scope());
        assertTrue(c.lookup("T").isFreeClass());
        assertEquals(SymbolScope.FREE, c.children().get(0).lookup("T").scope());
        ClassDef def = (ClassDef) PythonParser.parse(SourceFile.of("t.py", src)).body().get(0);
        assertEquals(null, t.typeParametersScopeOf(def), "lookups are by node identity");
    }

    @Test
    void privateNamesInGenericClassAreMangledInItsTypeParameterScope() {
        Scope top = build("class C[__T]:\n    pass\n__x = 1\n").top();
        assertTrue(top.children().get(0).find("_C__T").isPresent());
        assertTrue(top.find("__x").isPresent(), "the prefix does not leak past the class");
    }

    @Test
    void typeAlias() {
        Scope top = build("type A[T] = list[T]\ntype B = int\n").top();
        assertEquals(List.of("A", "B"), top.identifiers());
        assertTrue(top.lookup("A").isAssigned());
        assertEquals(List.of("type parameter A", "type alias B"), names(top));
        Scope tp = top.children().get(0);
        assertEquals(List.of("T"), tp.identifiers());
        assertEquals(SymbolScope.CELL, tp.lookup("T").scope());
        Scope alias = tp.children().get(0);
        assertEquals(ScopeType.TYPE_ALIAS, alias.type());
        assertEquals(SymbolScope.GLOBAL_IMPLICIT, alias.lookup("list").scope());
        assertEquals(SymbolScope.FREE, alias.lookup("T").scope());
    }

    @Test
    void typeAliasInClassSeesTheClassNamespace() {
        Scope top = build("def f():\n    x = 0\n    class C:\n        x = int\n        type A = x\n        y = x\n").top();
        Scope c = top.children().get(0).children().get(0);
        assertTrue(c.needsClassdict());
        assertTrue(c.find("__classdict__").isEmpty());
        assertTrue(c.lookup("A").isNamespace());
        Scope alias = c.children().get(0);
        assertTrue(alias.canSeeClassScope());
        assertEquals(List.of("__classdict__", "x"), alias.identifiers());
        assertEquals(SymbolScope.FREE, alias.lookup("__classdict__").scope());
        // bound both by the class and by f: read from the class namespace, then globals — not f's cell
        assertEquals(SymbolScope.GLOBAL_IMPLICIT, alias.lookup("x").scope());
        assertEquals(SymbolScope.LOCAL, top.children().get(0).lookup("x").scope());
    }

    @Test
    void genericMethodSeesClassNamespace() {
        Scope c = build("class C:\n    def m[T](self, x: T = None): pass\n").top().children().get(0);
        Scope tp = c.children().get(0);
        assertTrue(tp.canSeeClassScope());
        assertEquals(List.of("__classdict__", ".defaults", "T"), tp.identifiers());
        assertTrue(c.needsClassdict());
    }

    @Test
    void typeVarBoundInClass() {
        Scope c = build("class C:\n    def m[T: C](self): pass\n").top().children().get(0);
        Scope bound = c.children().get(0).children().get(0);
        assertEquals(ScopeType.TYPE_VARIABLE_BOUND, bound.type());
        assertEquals(List.of("__classdict__", "C"), bound.identifiers());
        assertTrue(bound.canSeeClassScope());
    }

    private static PySyntaxError error(String src) {
        return assertThrows(PySyntaxError.class, () -> build(src));
    }

    @Test
    void duplicateTypeParameter() {
        PySyntaxError e = error("def f[T, T](): pass\n");
        assertEquals("duplicate type parameter 'T'", e.msg());
        assertEquals(10, e.offset());
    }

    @Test
    void expressionsForbiddenInTypeScopes() {
        assertEquals("named expression cannot be used within a TypeVar bound",
                error("def f[T: (x := 1)](): pass\n").msg());
        assertEquals("yield expression cannot be used within a type alias", error("type A = (yield)\n").msg());
        assertEquals("await expression cannot be used within a type alias", error("type A = await x\n").msg());
        assertEquals("assignment expression within a comprehension cannot be used in a type alias",
                error("type A = [(y := 1) for x in z]\n").msg());
    }

    @Test
    void nonlocalTypeParameter() {
        assertEquals("nonlocal binding not allowed for type parameter 'T'",
                error("class C[T]:\n    def m(self):\n        nonlocal T\n").msg());
    }

    @Test
    void lambdaAndComprehensionInClassAnnotationScope() {
        assertEquals("Cannot use lambda in annotation scope within class scope",
                error("class C:\n    type A = lambda: 1\n").msg());
        assertEquals("Cannot use comprehension in annotation scope within class scope",
                error("class C:\n    type A = [x for x in y]\n").msg());
        assertFalse(build("type A = lambda: 1\n").top().children().isEmpty(), "fine outside a class");
    }
}
