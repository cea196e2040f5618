package dev.molt.cli.internal;

import dev.molt.frontend.PySyntaxError;
import dev.molt.frontend.PythonParser;
import dev.molt.frontend.SourceFile;
import dev.molt.frontend.ast.Module;
import dev.molt.frontend.lower.Diagnostic;
import dev.molt.frontend.lower.Lowering;
import dev.molt.frontend.lower.LoweringException;
import dev.molt.frontend.scope.SymbolTable;
import dev.molt.ir.text.IrPrinter;
import dev.molt.passes.PassException;
import dev.molt.passes.PassManager;
import dev.molt.passes.PassRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code molt ir [--passes=PIPELINE] [--print-after=PASS] [--verify-each] FILE}: parses, analyses scopes, lowers to
 * Molt IR (docs/lowering.md), optionally runs a pass pipeline (docs/passes.md), and prints the IR text to standard
 * output.
 *
 * <p>A syntax error prints CPython's report as {@code molt parse} does; an unsupported construct prints
 * {@code FILE:LINE:COL: error: unsupported: WHAT} per diagnostic; an unknown pass name prints
 * {@code molt: error: ...}. All three exit with status 2. {@code --print-after} output goes to standard error
 * (as MLIR's {@code -mlir-print-ir-after} does), so standard output is only the final IR.
 */
@Command(
        name = "ir",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Lower a Python file to Molt IR and print it, optionally after a pass pipeline.",
        footer = {"", "Exit status: 0 on success; 2 for an unreadable file, a syntax error, an unsupported "
                + "construct or an unknown pass."})
public final class IrCommand implements Callable<Integer> {
    @Option(names = "--passes", paramLabel = "PIPELINE",
            description = "Comma-separated passes or pipelines to run, e.g. O2 or const-fold,dce.")
    String passes;

    @Option(names = "--print-after", paramLabel = "PASS",
            description = "Print the IR to standard error after PASS (or 'all') when it changed the IR.")
    String printAfter;

    @Option(names = "--verify-each", description = "Verify the IR before the pipeline and after every pass.")
    boolean verifyEach;

    @Parameters(arity = "1", paramLabel = "FILE", description = "A Python source file.")
    String file;

    @Spec
    CommandSpec spec;

    /** Used by picocli only. */
    public IrCommand() {}

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SourceFile source;
        try {
            source = new SourceFile(file, Files.readAllBytes(Path.of(file)));
        } catch (IOException e) {
            err.println("molt: error: cannot read " + file + ": " + IoErrors.reason(e));
            return ExitStatus.USER_ERROR;
        } catch (InvalidPathException e) {
            err.println("molt: error: cannot read " + file + ": " + e.getReason());
            return ExitStatus.USER_ERROR;
        }
        dev.molt.ir.Module ir;
        try {
            Module ast = PythonParser.parse(source);
            ir = Lowering.lower(ast, SymbolTable.build(ast, source), source);
        } catch (PySyntaxError e) {
            err.print(e.format());
            err.flush();
            return ExitStatus.USER_ERROR;
        } catch (LoweringException e) {
            for (Diagnostic d : e.diagnostics()) err.println(d);
            err.flush();
            return ExitStatus.USER_ERROR;
        }
        if (passes != null || verifyEach) {
            PassManager pm;
            try {
                pm = PassManager.parse(passes == null ? "O0" : passes, PassRegistry.standard());
            } catch (PassException e) {
                err.println("molt: error: " + e.getMessage());
                return ExitStatus.USER_ERROR;
            }
            pm.verifyEach(verifyEach).output(s -> {
                err.print(s);
                err.flush();
            });
            if (printAfter != null) pm.printAfter(printAfter);
            pm.run(ir);
        }
        out.print(IrPrinter.print(ir));
        out.flush();
        return ExitStatus.OK;
    }
}
