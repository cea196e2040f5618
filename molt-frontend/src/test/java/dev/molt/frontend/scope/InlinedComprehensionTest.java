package dev.molt.frontend.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.molt.frontend.PythonParser;
import dev.molt.frontend.SourceFile;
import dev.molt.frontend.ast.FunctionDef;
import dev.molt.frontend.ast.Module;
import dev.molt.frontend.ast.Return;
import dev.molt.frontend.testing.Oracles;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@link SymtableDialect#CPYTHON_3_12} dialect: PEP 709 inlines list, set and dict comprehensions into the
 * enclosing scope. Expectations were read off CPython 3.12.1's {@code symtable} for each snippet; where a CPython
 * 3.12 is installed the snippets are also compared with it in full.
 */
class InlinedComprehensionTest {
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

    static Scope build312(String src) {
        Module m = PythonParser.parse(SourceFile.of("t.py", src));
        return SymbolTable.build(m, SourceFile.of("t.py", src), SymtableDialect.CPYTHON_3_12).top();
    }

    @Test
    void listComprehensionJoinsItsFunction() {
        Scope f = build312("def f(y):\n    return [x for x in y]\n").children().get(0);
        assertEquals(List.of("y", "x"), f.identifiers());
        assertTrue(f.children().isEmpty());
        Symbol x = f.lookup("x");
        assertEquals(SymbolScope.LOCAL, x.scope());
        assertTrue(x.isComprehensionIterationTarget());
        assertTrue(x.isAssigned() && x.isReferenced());
        // the 3.11 dialect keeps the listcomp scope
        Module m = PythonParser.parse(SourceFile.of("t.py", "def f(y):\n    return [x for x in y]\n"));
        Scope f311 = SymbolTable.build(m, "t.py").top().children().get(0);
        assertEquals(List.of("listcomp"), f311.children().stream().map(Scope::name).toList());
    }

    @Test
    void inlinedComprehensionNeedingACellMarksItCompCell() {
        Scope f = build312("def f(y):\n    return [lambda: x for x in y]\n").children().get(0);
        assertEquals(SymbolScope.CELL, f.lookup("x").scope());
        assertTrue((f.lookup("x").flags() & SymbolFlags.DEF_COMP_CELL) != 0);
        assertEquals(List.of("lambda"), f.children().stream().map(Scope::name).toList(), "children move up");
        assertEquals(SymbolScope.FREE, f.children().get(0).lookup("x").scope());
        assertEquals(f, f.children().get(0).parent());
    }

    @Test
    void generatorExpressionsAreNotInlined() {
        Scope f = build312("def f(y):\n    z = 1\n    return [x + z for x in y], (x for x in y)\n").children().get(0);
        assertEquals(List.of("y", "z", "x"), f.identifiers());
        assertEquals(SymbolScope.LOCAL, f.lookup("z").scope(), "no longer a cell: the comprehension was inlined");
        assertEquals(List.of("genexpr"), f.children().stream().map(Scope::name).toList());
    }

    @Test
    void scopeOfStillFindsTheInlinedComprehension() {
        String src = "def f(y):\n    return [x for x in y]\n";
        Module m = PythonParser.parse(SourceFile.of("t.py", src));
        SymbolTable t = SymbolTable.build(m, "t.py", SymtableDialect.CPYTHON_3_12);
        Return r = (Return) ((FunctionDef) m.body().get(0)).body().get(0);
        Scope comp = t.scopeOf(r.value());
        assertTrue(comp.isInlined());
        assertEquals(List.of(".0"), comp.parameters());
        assertFalse(t.top().children().get(0).children().contains(comp));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "def f(y):\n    return [x for x in y]\n",
        "def f(y):\n    return [lambda: x for x in y]\n",
        "def f(y):\n    z = 1\n    return [x + z for x in y], (x for x in y)\n",
        "class C:\n    y = 1\n    a = [x * y for x in range(3)]\n",
        "def f(z):\n    [(y := x) for x in z]\n    return y\n",
        "class A:\n    def m(self):\n        return [super() for _ in 'a']\n",
        "def f(a):\n    return {k: [v for v in k] for k in a}\n",
        "def f(a):\n    x = 1\n    return [[x for _ in a] for x in a]\n",
        "x = [i for i in range(3)]\n",
        "@dec\ndef f(a: A) -> R: pass\n@d2\nclass C(B): pass\n",
        "def f():\n    try: pass\n    except E as e: g\n    else: h\n",
        "from __future__ import nested_scopes; import x; from __future__ import annotations\n",
        "class C:\n    def m(self):\n        return __classdict__\n"})
    void agreesWithCPython312(String src) {
        assumeTrue(oracle312 != null, "python3.12 is not installed");
        SymtableOracle.Answer a = oracle312.ask("t.py", src);
        assertTrue(a.ok(), () -> String.valueOf(a.error()));
        Scope top = SymbolTable.build(CPythonAst.module(a.ast()), SourceFile.of("t.py", src),
                SymtableDialect.CPYTHON_3_12).top();
        List<String> diff = ScopeTreeDiff.diff(top, a.table());
        assertTrue(diff.isEmpty(), () -> String.join("\n", diff));
    }
}
