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
 * {@code molt build [--target native|wasm] [-O0|-O2] [--emit exe|c|ir|obj] [-o OUT] FILE}: compiles a Python file with
 * {@link Compiler} to a native executable (default) or, with {@code --target wasm}, a WASI module ({@code .wasm});
 * or emits its C file, its IR text or its WebAssembly relocatable object.
 *
 * <p>Default output, as gcc names it, next to {@code FILE}: the executable is {@code FILE} without {@code .py}
 * ({@code FILE.out} if it has no {@code .py}), the WebAssembly module {@code STEM.wasm}, the C file {@code STEM.c},
 * the IR {@code STEM.mir}, the object {@code STEM.o}. {@code -o -} writes
 * C or IR to standard output. Errors: see {@link CompileReports}.
 */
@Command(
        name = "build",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Compile a Python file to a native executable (through C and clang) or a WebAssembly module "
                + "(--target wasm), or emit its C, IR or WebAssembly object.",
        footer = {"", "Exit status: 0 on success; 2 for an unreadable file, a syntax error, unsupported code or a "
                + "missing C toolchain; 70 for an internal error of Molt (e.g. clang rejecting the generated C)."})
public final class BuildCommand implements Callable<Integer> {
    @Option(names = "-o", paramLabel = "OUT",
            description = "Output file (default: FILE without .py; STEM.c or STEM.mir with --emit). '-' with "
                    + "--emit c|ir: standard output.")
    String output;

    @Option(names = "--emit", paramLabel = "KIND", defaultValue = "exe",
            description = "What to write: exe (the program: a native executable or, with --target wasm, a .wasm; the "
                    + "default), c (the generated C file), ir (the Molt IR after the pass pipeline) or obj (the "
                    + "WebAssembly relocatable object before linking).")
    String emit;

    @Option(names = "--target", paramLabel = "TARGET", defaultValue = "native",
            description = "native (an executable for this machine, the default) or wasm (a WASI preview 1 module "
                    + "for node, wasmtime, ...).")
    String target;

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
            case "obj" -> Compiler.Emit.OBJECT;
            default -> null;
        };
        Compiler.Target t = Compiler.Target.byId(target.toLowerCase(Locale.ROOT));
        if (t == null) {
            err.println("molt: error: unknown --target '" + target + "' (expected native or wasm)");
            err.println("Try 'molt build --help' for more information.");
            return ExitStatus.USER_ERROR;
        }
        if (kind == null) {
            err.println("molt: error: unknown --emit kind '" + emit + "' (expected exe, c, ir or obj)");
            err.println("Try 'molt build --help' for more information.");
            return ExitStatus.USER_ERROR;
        }
        if ("-".equals(output) && (kind == Compiler.Emit.EXECUTABLE || kind == Compiler.Emit.OBJECT)) {
            err.println("molt: error: an executable cannot go to standard output ('-o -' needs --emit c or ir)");
            return ExitStatus.USER_ERROR;
        }
        try {
            Path src = Path.of(file);
            Path dest = Path.of(output != null ? output : defaultOutput(file, kind, t));
            if (kind == Compiler.Emit.EXECUTABLE && !ToolchainSetup.forThisProcess(err).ensure(err, t, false)) {
                return ExitStatus.USER_ERROR;
            }
            Compiler compiler = Compiler.create().withOptLevel(opt.level()).withTarget(t);
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
        return defaultOutput(file, kind, Compiler.Target.NATIVE);
    }

    /** The default output name for {@code file} built for {@code target}. */
    static String defaultOutput(String file, Compiler.Emit kind, Compiler.Target target) {
        boolean py = file.endsWith(".py");
        String stem = py ? file.substring(0, file.length() - 3) : file;
        return switch (kind) {
            case EXECUTABLE -> target == Compiler.Target.WASM ? stem + ".wasm" : py ? stem : file + ".out";
            case OBJECT -> stem + ".o";
            case C -> stem + ".c";
            case IR -> stem + ".mir";
        };
    }
}
