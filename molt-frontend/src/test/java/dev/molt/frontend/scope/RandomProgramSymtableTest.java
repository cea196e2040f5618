package dev.molt.frontend.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.frontend.PySyntaxError;
import dev.molt.frontend.SourceFile;
import dev.molt.frontend.testing.Oracles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/**
 * Differential property: random programs over a small pool of names, mixing nested functions, classes, lambdas,
 * comprehensions, walrus, {@code global}/{@code nonlocal}, {@code del}, imports, {@code super} and annotations,
 * must give python3's symtable tree, or python3's error with its message and position. Trees are built from
 * CPython's AST, so this exercises the scope analysis alone.
 */
class RandomProgramSymtableTest {
    private static SymtableOracle oracle;

    private static SymtableOracle oracle312;

    @BeforeContainer
    static void start() {
        oracle = new SymtableOracle();
        String python312 = Oracles.python312();
        if (python312 != null) {
            oracle312 = new SymtableOracle(python312);
        }
    }

    @AfterContainer
    static void stop() {
        oracle.close();
        if (oracle312 != null) {
            oracle312.close();
        }
    }

    /**
     * The same with PEP 695 type parameters and {@code type} statements, analysed in the
     * {@link SymtableDialect#CPYTHON_3_12} dialect, against CPython 3.12 where it is installed. Private names are
     * left out: 3.12.1 leaks the mangling prefix past a generic class (fixed in 3.13; we do not copy the leak).
     */
    @Property(tries = 1000)
    @AddLifecycleHook(RequiresPython312.class)
    void randomGenericProgramsAgreeWithCPython312Symtable(@ForAll long seed) {
        String src = new ProgramGenerator(new Random(seed), true).module();
        SymtableOracle.Answer a = oracle312.ask("t.py", src);
        Assume.that(a.ast() != null);
        Statistics.collect(a.ok() ? "accepted" : "symtable error");
        compare(src, a, SymtableDialect.CPYTHON_3_12);
    }

    @Property(tries = 1000)
    void randomProgramsAgreeWithCPythonSymtable(@ForAll long seed) {
        String src = new ProgramGenerator(new Random(seed), false).module();
        SymtableOracle.Answer a = oracle.ask("t.py", src);
        Assume.that(a.ast() != null); // python3 could not parse it: not a scope question
        Statistics.collect(a.ok() ? "accepted" : "symtable error");
        compare(src, a, SymtableDialect.CPYTHON_3_11);
    }

    private static void compare(String src, SymtableOracle.Answer a, SymtableDialect dialect) {
        boolean python311 = dialect == SymtableDialect.CPYTHON_3_11;
        SourceFile sf = SourceFile.of("t.py", src);
        if (a.ok()) {
            Scope top;
            try {
                top = SymbolTable.build(CPythonAst.module(a.ast()), sf, dialect).top();
            } catch (PySyntaxError e) {
                throw new AssertionError("we raised " + e.msg() + " for\n" + src, e);
            }
            List<String> diff = ScopeTreeDiff.diff(top, a.table());
            assertTrue(diff.isEmpty(), () -> src + "\n" + String.join("\n", diff));
        } else {
            Map<String, Object> e = a.error();
            PySyntaxError ours = null;
            try {
                SymbolTable.build(CPythonAst.module(a.ast()), sf, dialect);
            } catch (PySyntaxError x) {
                ours = x;
            }
            String where = src + "\nCPython: " + e;
            assertTrue(ours != null, () -> "we accepted\n" + where);
            assertEquals(e.get("msg"), python311 ? to311(ours.msg()) : ours.msg(), where);
            assertEquals(((Number) e.get("lineno")).intValue(), ours.lineno(), where);
            assertEquals(((Number) e.get("offset")).intValue(), ours.offset(), where);
            assertEquals(((Number) e.get("end_lineno")).intValue(), ours.endLineno(), where);
            assertEquals((e.get("end_offset") == null ? 0 : ((Number) e.get("end_offset")).intValue()), ours.endOffset(), where);
        }
    }

    /** Skips a property where no CPython 3.12 is installed. */
    static final class RequiresPython312 implements SkipExecutionHook {
        @Override
        public SkipResult shouldBeSkipped(LifecycleContext context) {
            return Oracles.python312() == null ? SkipResult.skip("no CPython 3.12 installed")
                    : SkipResult.doNotSkip();
        }
    }

    /** 3.12 rewrote "'%s' can not be used within an annotation" as "%s cannot be used within an annotation". */
    private static String to311(String msg) {
        String suffix = " cannot be used within an annotation";
        if (msg.endsWith(suffix)) {
            return "'" + msg.substring(0, msg.length() - suffix.length()) + "' can not be used within an annotation";
        }
        return msg;
    }

    /** Generates syntactically valid Python 3.11 modules. */
    static final class ProgramGenerator {
        private static final String[] NAMES = {"a", "b", "x", "y", "__p", "f", "C", "super", "__class__"};
        private static final String[] NAMES_312 = {"a", "b", "x", "y", "T", "f", "C", "super", "__class__"};
        private final Random r;
        private final boolean py312;
        private final String[] names;
        private final StringBuilder out = new StringBuilder();

        ProgramGenerator(Random r, boolean py312) {
            this.r = r;
            this.py312 = py312;
            this.names = py312 ? NAMES_312 : NAMES;
        }

        /** {@code [T: bound, *Ts, **P]} or nothing (always nothing before 3.12). */
        private String typeParams(boolean inFunction) {
            if (!py312 || r.nextInt(3) == 0) {
                return "";
            }
            List<String> ps = new ArrayList<>();
            int n = 1 + r.nextInt(2);
            for (int i = 0; i < n; i++) {
                switch (r.nextInt(4)) {
                    case 0 -> ps.add("*" + name());
                    case 1 -> ps.add("**" + name());
                    case 2 -> ps.add(name() + ": " + expr(1, inFunction));
                    default -> ps.add(name());
                }
            }
            return "[" + String.join(", ", ps) + "]";
        }

        String module() {
            if (r.nextInt(8) == 0) {
                out.append("from __future__ import annotations\n");
            }
            block(0, 0, false, 1 + r.nextInt(4));
            return out.toString();
        }

        private String name() {
            return names[r.nextInt(names.length)];
        }

        private void line(int indent, String text) {
            out.append("    ".repeat(indent)).append(text).append('\n');
        }

        private void block(int depth, int indent, boolean inFunction, int n) {
            for (int i = 0; i < n; i++) {
                stmt(depth, indent, inFunction);
            }
        }

        private String params(boolean inFunction) {
            List<String> ps = new ArrayList<>();
            int n = r.nextInt(3);
            for (int i = 0; i < n; i++) {
                String p = name();
                if (r.nextInt(3) == 0) {
                    p += ": " + expr(0, false);
                }
                ps.add(p);
            }
            if (r.nextInt(5) == 0) {
                ps.add("*" + name());
            } else if (r.nextInt(5) == 0) {
                ps.add("*");
                ps.add(name() + "=" + expr(1, inFunction));
            }
            if (r.nextInt(6) == 0) {
                ps.add("**" + name());
            }
            return String.join(", ", ps);
        }

        private void stmt(int depth, int indent, boolean inFunction) {
            int k = r.nextInt(depth < 3 ? 22 : 12);
            if (py312 && r.nextInt(8) == 0) {
                line(indent, "type " + name() + typeParams(inFunction) + " = " + expr(0, inFunction));
                return;
            }
            switch (k) {
                case 0, 1 -> line(indent, target() + " = " + expr(0, inFunction));
                case 2 -> line(indent, name() + " += " + expr(0, inFunction));
                case 3 -> line(indent, name() + ": " + expr(0, false)
                        + (r.nextBoolean() ? " = " + expr(0, inFunction) : ""));
                case 4 -> line(indent, "del " + (r.nextBoolean() ? name() : name() + ".attr, " + name() + "[0]"));
                case 5 -> line(indent, (r.nextBoolean() ? "global " : "nonlocal ") + name()
                        + (r.nextInt(4) == 0 ? ", " + name() : ""));
                case 6, 7 -> line(indent, expr(0, inFunction));
                case 8 -> line(indent, inFunction ? "return " + expr(0, true) : "pass");
                case 9 -> line(indent, switch (r.nextInt(4)) {
                    case 0 -> "import " + name() + ".m";
                    case 1 -> "import m." + name() + " as " + name();
                    case 2 -> "from m import *";
                    default -> "from m import " + name() + (r.nextBoolean() ? " as " + name() : "");
                });
                case 10 -> line(indent, "(" + name() + "): " + expr(0, false));
                case 11 -> line(indent, "assert " + expr(0, inFunction) + ", " + expr(0, inFunction));
                case 12, 13 -> {
                    decorators(indent, inFunction);
                    line(indent, (inFunction && r.nextInt(4) == 0 ? "async def " : "def ") + name()
                            + typeParams(inFunction) + "(" + params(inFunction) + ")"
                            + (r.nextInt(4) == 0 ? " -> " + expr(1, false) : "") + ":");
                    block(depth + 1, indent + 1, true, 1 + r.nextInt(3));
                }
                case 14, 15 -> {
                    decorators(indent, inFunction);
                    line(indent, "class " + name() + typeParams(inFunction)
                            + (r.nextBoolean() ? "(" + name() + (r.nextInt(3) == 0 ? ", metaclass=" + name() : "")
                                    + ")" : "") + ":");
                    block(depth + 1, indent + 1, false, 1 + r.nextInt(3));
                }
                case 16 -> {
                    line(indent, "for " + target() + " in " + expr(0, inFunction) + ":");
                    block(depth + 1, indent + 1, inFunction, 1 + r.nextInt(2));
                }
                case 17 -> {
                    line(indent, "try:");
                    block(depth + 1, indent + 1, inFunction, 1);
                    line(indent, "except " + name() + (r.nextBoolean() ? " as " + name() : "") + ":");
                    block(depth + 1, indent + 1, inFunction, 1);
                    if (r.nextBoolean()) {
                        line(indent, "else:");
                        block(depth + 1, indent + 1, inFunction, 1);
                    }
                    if (r.nextBoolean()) {
                        line(indent, "finally:");
                        block(depth + 1, indent + 1, inFunction, 1);
                    }
                }
                case 18 -> {
                    line(indent, "with " + expr(0, inFunction) + " as " + target() + ":");
                    block(depth + 1, indent + 1, inFunction, 1 + r.nextInt(2));
                }
                case 19 -> {
                    line(indent, "match " + expr(0, inFunction) + ":");
                    line(indent + 1, "case " + switch (r.nextInt(4)) {
                        case 0 -> "[" + name() + ", *" + name() + "]";
                        case 1 -> "{'k': " + name() + ", **" + name() + "}";
                        case 2 -> name() + ".V(a=" + name() + ") as " + name();
                        default -> "_ if " + expr(1, inFunction);
                    } + ":");
                    block(depth + 1, indent + 2, inFunction, 1);
                }
                case 20 -> {
                    line(indent, "while " + expr(0, inFunction) + ":");
                    block(depth + 1, indent + 1, inFunction, 1 + r.nextInt(2));
                }
                default -> {
                    line(indent, "if " + expr(0, inFunction) + ":");
                    block(depth + 1, indent + 1, inFunction, 1 + r.nextInt(2));
                    if (r.nextBoolean()) {
                        line(indent, "else:");
                        block(depth + 1, indent + 1, inFunction, 1);
                    }
                }
            }
        }

        private void decorators(int indent, boolean inFunction) {
            int n = r.nextInt(4) == 0 ? 1 + r.nextInt(2) : 0;
            for (int i = 0; i < n; i++) {
                line(indent, "@" + expr(1, inFunction));
            }
        }

        /** An assignment target: a name, a tuple with a starred name, an attribute or a subscript. */
        private String target() {
            return switch (r.nextInt(6)) {
                case 0 -> name() + ", *" + name();
                case 1 -> name() + ".attr";
                case 2 -> name() + "[" + name() + "]";
                default -> name();
            };
        }

        private String expr(int depth, boolean inFunction) {
            int k = r.nextInt(depth < 2 ? 18 : 3);
            return switch (k) {
                case 0, 1 -> name();
                case 2 -> "1";
                case 3 -> expr(depth + 1, inFunction) + " + " + expr(depth + 1, inFunction);
                case 4 -> name() + "(" + expr(depth + 1, inFunction) + ")";
                case 5 -> "(lambda " + String.join(", ", r.nextBoolean() ? List.of(name()) : List.of()) + ": "
                        + expr(depth + 1, inFunction) + ")";
                case 6 -> "[" + expr(depth + 1, inFunction) + " for " + name() + " in " + expr(depth + 1, inFunction)
                        + (r.nextBoolean() ? " if " + expr(depth + 1, inFunction) : "")
                        + (r.nextInt(3) == 0 ? " for " + name() + " in " + expr(depth + 1, inFunction) : "") + "]";
                case 7 -> "(" + name() + " := " + expr(depth + 1, inFunction) + ")";
                case 8 -> "{" + name() + ": " + expr(depth + 1, inFunction) + " for " + name() + " in "
                        + expr(depth + 1, inFunction) + "}";
                case 9 -> "(" + expr(depth + 1, inFunction) + " for " + name() + " in " + expr(depth + 1, inFunction)
                        + ")";
                case 10 -> inFunction ? "(yield " + expr(depth + 1, true) + ")" : "super()";
                case 11 -> inFunction ? "(await " + expr(depth + 1, true) + ")"
                        : "f'{" + expr(depth + 1, false) + "!r:>{" + name() + "}}'";
                case 12 -> "{" + expr(depth + 1, inFunction) + " async for " + name() + " in "
                        + expr(depth + 1, inFunction) + "}";
                case 13 -> name() + "(*" + expr(depth + 1, inFunction) + ", k=" + expr(depth + 1, inFunction)
                        + ", **" + name() + ")";
                case 14 -> "(" + expr(depth + 1, inFunction) + " if " + expr(depth + 1, inFunction) + " else "
                        + expr(depth + 1, inFunction) + ")";
                case 15 -> name() + "[" + expr(depth + 1, inFunction) + ":" + expr(depth + 1, inFunction) + "]";
                case 16 -> "(lambda " + name() + "=" + expr(depth + 1, inFunction) + ", *" + name() + ": "
                        + expr(depth + 1, inFunction) + ")";
                default -> "super().m";
            };
        }
    }
}
