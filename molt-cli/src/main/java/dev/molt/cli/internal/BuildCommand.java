package dev.molt.cli.internal;

import dev.molt.cli.CompileException;
import dev.molt.cli.Compiler;
import dev.molt.frontend.SourceFile;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code molt build [-O0|-O2] [--emit exe|c|ir] [-o OUT] FILE}: compiles a Python file with {@link Compiler} to a
 * native executable (default), its C file or its IR text.
 *
 * <p>Default output, as gcc names it, next to {@code FILE}: the executable is {@code FILE} without {@code .py}
 * ({@code FILE.out} if it has no {@code .py}), the C file {@code STEM.c}, the IR {@code STEM.mir}. {@code -o -} writes
 * C or IR to standard output. Errors: see {@link CompileReports}.
 */
@Command(
        name = "build",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Compile a Python file to a native executable (through C and clang), or emit its C or IR.",
        footer = {"", "Exit status: 0 on success; 2 for an unreadable file, a syntax error, unsupported code or a "
                + "missing C toolchain; 70 for an internal error of Molt (e.g. clang rejecting the generated C)."})
public final class BuildCommand implements Callable<Integer> {
    @Option(names = "-o", paramLabel = "OUT",
            description = "Output file (default: FILE without .py; STEM.c or STEM.mir with --emit). '-' with "
                    + "--emit c|ir: standard output.")
    String output;

    @Option(names = "--emit", paramLabel = "KIND", defaultValue = "exe",
            description = "What to write: exe (a native executable, the default), c (the generated C file) or ir "
                    + "(the Molt IR after the pass pipeline).")
    String emit;

    @Mixin
    OptLevelOptions opt;

    @Parameters(arity = "1", paramLabel = "FILE", description = "The Python source file.")
    String file;

    @Spec
    CommandSpec spec;

    /** Used by picocli only. */
    public BuildCommand() {}

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Compiler.Emit kind = switch (emit.toLowerCase(Locale.ROOT)) {
            case "exe" -> Compiler.Emit.EXECUTABLE;
            case "c" -> Compiler.Emit.C;
            case "ir" -> Compiler.Emit.IR;
            default -> null;
        };
        if (kind == null) {
            err.println("molt: error: unknown --emit kind '" + emit + "' (expected exe, c or ir)");
            err.println("Try 'molt build --help' for more information.");
            return ExitStatus.USER_ERROR;
        }
        if ("-".equals(output) && kind == Compiler.Emit.EXECUTABLE) {
            err.println("molt: error: an executable cannot go to standard output ('-o -' needs --emit c or ir)");
            return ExitStatus.USER_ERROR;
        }
        try {
            Path src = Path.of(file);
            Path dest = Path.of(output != null ? output : defaultOutput(file, kind));
            if (kind == Compiler.Emit.EXECUTABLE && !ToolchainSetup.forThisProcess(err).ensure(err)) {
                return ExitStatus.USER_ERROR;
            }
            Compiler compiler = Compiler.create().withOptLevel(opt.level());
            SourceFile source = Compiler.read(src);
            if ("-".equals(output)) {
                out.print(kind == Compiler.Emit.C ? compiler.toC(source) : compiler.toIrText(source));
                out.flush();
            } else {
                compiler.compile(source, kind, dest);
            }
            return ExitStatus.OK;
        } catch (CompileException e) {
            return CompileReports.print(e, err);
        } catch (InvalidPathException e) {
            err.println("molt: error: invalid path " + e.getInput() + ": " + e.getReason());
            return ExitStatus.USER_ERROR;
        }
    }

    /** The default output name for {@code file}, as described in the class comment. */
    static String defaultOutput(String file, Compiler.Emit kind) {
        boolean py = file.endsWith(".py");
        String stem = py ? file.substring(0, file.length() - 3) : file;
        return switch (kind) {
            case EXECUTABLE -> py ? stem : file + ".out";
            case C -> stem + ".c";
            case IR -> stem + ".mir";
        };
    }
}
