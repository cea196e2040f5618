package dev.molt.cli.internal;

import dev.molt.cli.CompileException;
import dev.molt.cli.Compiler;
import dev.molt.backend.wasm.WasiRunner;
import dev.molt.runtime.RuntimeBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code molt run [--target native|wasm] [-O0|-O2] FILE [ARGS...]}: builds {@code FILE} into the executable cache
 * ({@link Compiler#buildCached}, below {@code $MOLT_CACHE_DIR/bin}, else {@code ~/.cache/molt/bin}) and runs it with
 * {@code ARGS}, returning its exit status (128 + N when signal N killed it, as a shell reports it). With
 * {@code --target wasm} the program is a WASI module run by {@code node} with the shipped runner
 * ({@link WasiRunner}: arguments passed through, the {@code proc_exit} status returned, a trap is status 134).
 *
 * <p>Everything after {@code FILE} is passed to the program, options too. Standard input, output and error are the
 * command's own (inherited) when run from {@link dev.molt.cli.Main#main}; in-process ({@code Main.run}) the program's
 * output and error are copied into the given writers (decoded as UTF-8) and its standard input is inherited.
 */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Compile a Python file to a native executable or, with --target wasm, a WebAssembly module "
                + "(cached) and run it with ARGS (a module under node).",
        footer = {"", "Exit status: the program's; 2 if it cannot be compiled (unreadable file, syntax error, "
                + "unsupported code, missing C toolchain); 70 for an internal error of Molt."})
public final class RunCommand implements Callable<Integer> {
    @Mixin
    OptLevelOptions opt;

    @picocli.CommandLine.Option(names = "--target", paramLabel = "TARGET", defaultValue = "native",
            description = "native (the default) or wasm (run the WASI module under node).")
    String target;

    @Parameters(index = "0", paramLabel = "FILE", description = "The Python source file.")
    String file;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "Arguments for the program.")
    List<String> args = new ArrayList<>();

    @Spec
    CommandSpec spec;

    /** True: the child inherits this process's standard streams; false: its output goes to the writers. */
    boolean inheritStdio;

    /** Used by picocli only. */
    public RunCommand() {}

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path exe;
        Compiler.Target t = Compiler.Target.byId(target);
        if (t == null) {
            err.println("molt: error: unknown --target '" + target + "' (expected native or wasm)");
            return ExitStatus.USER_ERROR;
        }
        try {
            if (!ToolchainSetup.forThisProcess(err).ensure(err, t, true)) return ExitStatus.USER_ERROR;
            Compiler compiler = Compiler.create().withOptLevel(opt.level()).withTarget(t);
            exe = compiler.buildCached(Compiler.read(Path.of(file)), cacheDir());
        } catch (CompileException e) {
            return CompileReports.print(e, err);
        } catch (InvalidPathException e) {
            err.println("molt: error: invalid path " + e.getInput() + ": " + e.getReason());
            return ExitStatus.USER_ERROR;
        }
        List<String> cmd;
        try {
            cmd = programCommand(t, exe, args);
        } catch (java.io.UncheckedIOException e) {
            err.println("molt: error: cannot write the WebAssembly runner below " + cacheDir() + ": "
                    + IoErrors.reason(e.getCause()));
            return ExitStatus.USER_ERROR;
        }
        out.flush();
        err.flush();
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.INHERIT);
            if (inheritStdio) {
                pb.redirectOutput(ProcessBuilder.Redirect.INHERIT).redirectError(ProcessBuilder.Redirect.INHERIT);
            }
            Process p = pb.start();
            if (!inheritStdio) {
                Thread e = Thread.ofPlatform().start(() -> copy(p.getErrorStream(), err));
                copy(p.getInputStream(), out);
                e.join();
            }
            return p.waitFor();
        } catch (IOException e) {
            err.println("molt: error: cannot run " + cmd.get(0) + ": " + IoErrors.reason(e)
                    + (t == Compiler.Target.WASM ? " (install Node.js " + WasiRunner.MIN_NODE_MAJOR
                    + " or newer: sudo apt-get install -y nodejs)" : ""));
            return ExitStatus.USER_ERROR;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitStatus.INTERNAL_ERROR;
        }
    }

    /**
     * The command that runs a built program with {@code args}: the executable itself, or for {@code --target wasm}
     * node with the shipped WASI runner (extracted into the cache).
     *
     * @throws java.io.UncheckedIOException if the runner cannot be written into the cache
     */
    static List<String> programCommand(Compiler.Target t, Path exe, List<String> args) {
        if (t == Compiler.Target.WASM) return WasiRunner.command(WasiRunner.extract(cacheDir()), exe, args);
        List<String> cmd = new ArrayList<>();
        cmd.add(exe.toString());
        cmd.addAll(args);
        return cmd;
    }

    /** {@code $MOLT_CACHE_DIR/bin}, else {@code $XDG_CACHE_HOME/molt/bin}, else {@code ~/.cache/molt/bin}. */
    static Path cacheDir() {
        return RuntimeBuilder.defaultCacheRoot().resolve("bin");
    }

    private static void copy(InputStream in, PrintWriter to) {
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            char[] buf = new char[8192];
            for (int n; (n = r.read(buf)) > 0; ) {
                synchronized (to) {
                    to.write(buf, 0, n);
                    to.flush();
                }
            }
        } catch (IOException e) {
            // the program closed its end; nothing more to copy
        }
    }
}
