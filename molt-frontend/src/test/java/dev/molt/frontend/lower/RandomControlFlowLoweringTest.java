package dev.molt.frontend.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.frontend.PySyntaxError;
import dev.molt.frontend.PythonParser;
import dev.molt.frontend.SourceFile;
import dev.molt.frontend.ast.Module;
import dev.molt.frontend.scope.SymbolTable;
import dev.molt.ir.text.IrParser;
import dev.molt.ir.text.IrPrinter;
import dev.molt.ir.verify.Verifier;
import dev.molt.passes.PassManager;
import dev.molt.passes.PassRegistry;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Random programs nesting every control-flow construct (loops with else, break/continue, try/except/else/finally,
 * with, match, return, del, closures, generators) in random orders: lowering never throws anything but an
 * "unsupported" diagnostic, and the IR verifies, round-trips and survives O2 with verify-each. This exercises
 * the exit stack (finally bodies inlined for return/break/continue through handlers and with blocks) and SSA
 * construction across unwind edges far beyond the golden files.
 */
class RandomControlFlowLoweringTest {
    @Property(tries = 400)
    void randomControlFlowLowersAndVerifies(@ForAll long seed) {
        String text = new Gen(new Random(seed)).module();
        SourceFile src = SourceFile.of("r.py", text);
        Module ast;
        SymbolTable table;
        try {
            ast = PythonParser.parse(src);
            table = SymbolTable.build(ast, src);
        } catch (PySyntaxError e) {
            return; // e.g. nonlocal without a binding: a scope error, not a lowering question
        }
        LoweringResult r = Lowering.lowerCollecting(ast, table, src);
        for (Diagnostic d : r.diagnostics())
            assertTrue(d.message().contains("outside"), d + "\n" + text);
        assertEquals(java.util.List.of(), Verifier.verify(r.module()), text);
        String printed = IrPrinter.print(r.module());
        assertEquals(printed, IrPrinter.print(IrParser.parseModule(printed, Lowering.opRegistry())), text);
        PassManager.parse("O2", PassRegistry.standard()).verifyEach(true).run(r.module());
    }

    /** A small random program generator: statements nested to depth 4 inside one or two functions. */
    static final class Gen {
        private static final String[] NAMES = {"a", "b", "x", "y"};
        private final Random r;
        private final StringBuilder out = new StringBuilder();

        Gen(Random r) {
            this.r = r;
        }

        String module() {
            out.append("def f(a, b=1):\n");
            out.append("    x = 0\n");
            block(1, 0, false);
            out.append("    return x\n");
            return out.toString();
        }

        private String n() {
            return NAMES[r.nextInt(NAMES.length)];
        }

        private String e() {
            return switch (r.nextInt(6)) {
                case 0 -> n();
                case 1 -> n() + " + " + n();
                case 2 -> "g(" + n() + ")";
                case 3 -> n() + " < " + n() + " < " + n();
                case 4 -> n() + " or " + n();
                default -> "[" + n() + " for " + n() + " in " + n() + "]";
            };
        }

        private void line(int indent, String s) {
            out.append("    ".repeat(indent)).append(s).append('\n');
        }

        private void block(int indent, int depth, boolean inLoop) {
            int count = 1 + r.nextInt(3);
            for (int i = 0; i < count; i++) stmt(indent, depth, inLoop);
        }

        private void stmt(int indent, int depth, boolean inLoop) {
            int k = depth >= 4 ? r.nextInt(6) : r.nextInt(16);
            switch (k) {
                case 0 -> line(indent, n() + " = " + e());
                case 1 -> line(indent, n() + " += " + e());
                case 2 -> line(indent, inLoop && r.nextBoolean() ? "break" : "g(" + n() + ")");
                case 3 -> line(indent, inLoop && r.nextBoolean() ? "continue" : "pass");
                case 4 -> line(indent, r.nextBoolean() ? "return " + n() : "del " + n());
                case 5 -> line(indent, r.nextBoolean() ? "raise" : "y = yield x");
                case 6 -> {
                    line(indent, "while " + e() + ":");
                    block(indent + 1, depth + 1, true);
                    if (r.nextBoolean()) {
                        line(indent, "else:");
                        block(indent + 1, depth + 1, inLoop);
                    }
                }
                case 7 -> {
                    line(indent, "for " + n() + " in " + e() + ":");
                    block(indent + 1, depth + 1, true);
                }
                case 8, 9 -> {
                    line(indent, "try:");
                    block(indent + 1, depth + 1, inLoop);
                    boolean handlers = r.nextBoolean();
                    if (handlers) {
                        line(indent, "except E as " + n() + ":");
                        block(indent + 1, depth + 1, inLoop);
                        if (r.nextBoolean()) {
                            line(indent, "except:");
                            block(indent + 1, depth + 1, inLoop);
                        }
                        if (r.nextBoolean()) {
                            line(indent, "else:");
                            block(indent + 1, depth + 1, inLoop);
                        }
                    }
                    if (!handlers || r.nextBoolean()) {
                        line(indent, "finally:");
                        block(indent + 1, depth + 1, inLoop);
                    }
                }
                case 10 -> {
                    line(indent, "with g(" + n() + ") as " + n() + ", h():");
                    block(indent + 1, depth + 1, inLoop);
                }
                case 11 -> {
                    line(indent, "if " + e() + ":");
                    block(indent + 1, depth + 1, inLoop);
                    line(indent, "else:");
                    block(indent + 1, depth + 1, inLoop);
                }
                case 12 -> {
                    line(indent, "match " + n() + ":");
                    line(indent + 1, "case [" + n() + ", *" + n() + "] | (" + n() + ", *" + n() + ") if " + e() + ":");
                    block(indent + 2, depth + 1, inLoop);
                    line(indent + 1, "case {'k': " + n() + ", **" + n() + "}:");
                    block(indent + 2, depth + 1, inLoop);
                    line(indent + 1, "case _:");
                    block(indent + 2, depth + 1, inLoop);
                }
                case 13 -> {
                    line(indent, "def inner(" + n() + "=" + n() + "):");
                    line(indent + 1, "nonlocal x");
                    block(indent + 1, depth + 1, false);
                    line(indent, "x = inner");
                }
                case 14 -> {
                    line(indent, "try:");
                    block(indent + 1, depth + 1, inLoop);
                    line(indent, "except* E:");
                    block(indent + 1, depth + 1, false);
                }
                default -> line(indent, n() + " = lambda " + n() + ": " + e());
            }
        }
    }
}
