package dev.molt.examples;

import dev.molt.frontend.PythonParser;
import dev.molt.frontend.SourceFile;
import dev.molt.frontend.ast.Module;
import dev.molt.frontend.lower.Lowering;
import dev.molt.frontend.scope.SymbolTable;
import dev.molt.ir.Function;
import dev.molt.passes.FunctionPass;
import dev.molt.passes.PassContext;
import dev.molt.passes.PassManager;
import dev.molt.passes.PassRegistry;
import dev.molt.passes.PassReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * A custom pass in a pipeline with Molt's own: parse, analyse scopes, lower to IR, then run
 * {@code const-fold,count-calls,dce} and print how many call sites ({@code py.call}, {@code py.call_ex}) each
 * function has, one {@code @symbol count} line per function, sorted by symbol. Usage: {@code CustomPassExample FILE.py}.
 */
public final class CustomPassExample {
    private CustomPassExample() {}

    /** Counts call sites; the counts go to the pass statistics as {@code count-calls.@symbol}. Changes nothing. */
    static final class CountCalls implements FunctionPass {
        @Override
        public String name() {
            return "count-calls";
        }

        @Override
        public boolean run(Function f, PassContext ctx) {
            ctx.count("@" + f.name(), f.ops().stream().filter(op -> op.is("py.call") || op.is("py.call_ex")).count());
            return false;
        }
    }

    /** @param args one Python file @throws IOException if it cannot be read */
    public static void main(String[] args) throws IOException {
        SourceFile src = SourceFile.read(Path.of(args[0]));
        Module ast = PythonParser.parse(src);
        dev.molt.ir.Module ir = Lowering.lower(ast, SymbolTable.build(ast, src), src);
        PassRegistry passes = PassRegistry.standard().register(new CountCalls());
        PassReport report = PassManager.parse("const-fold,count-calls,dce", passes).verifyEach(true).run(ir);
        report.statistics().entrySet().stream().filter(e -> e.getKey().startsWith("count-calls.@"))
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> System.out.println(e.getKey().substring("count-calls.".length()) + " " + e.getValue()));
    }
}
