package dev.molt.cli.internal;

import dev.molt.cli.CompileException;
import dev.molt.cli.Compiler;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code molt bench [--runs N] [--python EXE] [--timeout S] [FILE|DIR...]}: the speed of compiled programs against
 * CPython, measured side by side in the same run (issue #4, docs/performance.md).
 *
 * <p>For each {@code .py} file (a directory: every {@code .py} below it, in sorted path order; default
 * {@code examples/python}): builds it at {@code -O2} into the executable cache ({@link Compiler#buildCached}), runs it
 * once and python3 once and checks that their standard output and exit status agree (these runs also warm the file
 * cache), then runs python3 and the executable alternately, {@code N} times each. Every run is a fresh process in the
 * file's directory with {@code PYTHONHASHSEED=0}, standard input from {@code /dev/null} and output to a temporary
 * file; its time is the wall-clock time from start to exit, in seconds, as {@link System#nanoTime} measures it
 * around the process (so both sides pay the same spawning cost).
 *
 * <p>Prints a table on standard output: program, python3 median and minimum, molt median and minimum, speedup (python3
 * median / molt median), then the geometric mean of the speedups. Exit status 0; 1 if a program's output differs from
 * python3's or it cannot be compiled (it is then reported and left out of the table); 2 for a usage error.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Build Python programs at -O2, check their output against python3, and time both side by side "
                + "(alternating runs, wall clock, median and minimum).",
        footer = {"", "Exit status: 0 ok; 1 if a program's output differs from python3's or it cannot be compiled; "
                + "2 for a usage error (no such path, python3 or the C toolchain missing)."})
public final class BenchCommand implements Callable<Integer> {
    /** Where the default programs are, relative to the working directory (the repository root). */
    static final String DEFAULT_DIR = "examples/python";

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5",
            description = "Timed runs of each side per program (default: ${DEFAULT-VALUE}).")
    int runs;

    @Mixin
    PythonPrograms reference;

    @Option(names = "--target", paramLabel = "TARGET", defaultValue = "native",
            description = "native (default) or wasm (the module runs under node with the shipped WASI runner).")
    String target;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "300",
            description = "Time limit of each run, in seconds (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Parameters(arity = "0..*", paramLabel = "FILE|DIR",
            description = "Python files, or directories to search (default: " + DEFAULT_DIR + ").")
    List<String> paths = new ArrayList<>();

    @Spec
    CommandSpec spec;

    /** Used by picocli only. */
    public BenchCommand() {}

    /** One program's timings, in seconds. */
    record Timing(String name, double[] python, double[] molt) {
        double speedup() {
            return median(python) / median(molt);
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (runs <= 0) {
            err.println("molt: error: --runs must be positive, not " + runs);
            return ExitStatus.USER_ERROR;
        }
        if (timeoutSeconds <= 0) {
            err.println("molt: error: --timeout must be positive, not " + timeoutSeconds);
            return ExitStatus.USER_ERROR;
        }
        List<Path> files = PythonPrograms.collect(paths.isEmpty() ? List.of(DEFAULT_DIR) : paths, err);
        if (files == null) return ExitStatus.USER_ERROR;
        String version = reference.version();
        if (version == null) {
            err.println("molt: error: " + reference.missing("bench"));
            return ExitStatus.USER_ERROR;
        }
        Compiler.Target tgt = Compiler.Target.byId(target);
        if (tgt == null) {
            err.println("molt: error: unknown --target '" + target + "' (expected native or wasm)");
            return ExitStatus.USER_ERROR;
        }
        if (!ToolchainSetup.forThisProcess(err).ensure(err, tgt, true)) return ExitStatus.USER_ERROR;
        Compiler compiler = Compiler.create().withOptLevel(Compiler.OptLevel.O2).withTarget(tgt);
        out.println("molt bench: " + version + " vs molt -O2" + (tgt == Compiler.Target.WASM ? " --target wasm (node "
                + "WASI runner)" : "") + "; " + runs + " runs each, alternating; wall clock in s");
        out.flush();
        List<Timing> timings = new ArrayList<>();
        int failed = 0;
        for (Path f : files) {
            try {
                Timing t = bench(compiler, f);
                if (t == null) {
                    failed++;
                } else {
                    timings.add(t);
                }
            } catch (BenchFailure e) {
                err.println("molt bench: " + f + ": " + e.getMessage());
                err.flush();
                failed++;
            }
        }
        printTable(out, timings);
        if (failed > 0) {
            out.println(failed + " program(s) left out: output differs from " + reference.python + " or build failed");
        }
        out.flush();
        return failed == 0 ? ExitStatus.OK : 1;
    }

    /** A program that cannot be benchmarked (compile error, differing output, time-out): the message says why. */
    private static final class BenchFailure extends Exception {
        BenchFailure(String message) {
            super(message);
        }
    }

    private Timing bench(Compiler compiler, Path file) throws BenchFailure {
        Path exe;
        try {
            exe = compiler.buildCached(Compiler.read(file), RunCommand.cacheDir());
        } catch (CompileException e) {
            throw new BenchFailure("cannot build: " + e.getMessage().lines().findFirst().orElse(""));
        }
        Path dir = file.toAbsolutePath().getParent();
        List<String> mine;
        try {
            mine = RunCommand.programCommand(compiler.target(), exe.toAbsolutePath(), List.of());
        } catch (java.io.UncheckedIOException e) {
            throw new BenchFailure("cannot write the WebAssembly runner: " + IoErrors.reason(e.getCause()));
        }
        List<String> ref = List.of(reference.python, file.toAbsolutePath().toString());
        ChildProcess.Result a = runOnce(mine, dir, "molt");
        ChildProcess.Result b = runOnce(ref, dir, reference.python);
        if (!Arrays.equals(a.out(), b.out())) {
            throw new BenchFailure("output differs from " + reference.python + "'s at line "
                    + UnifiedDiff.firstDifferentLine(b.outText(), a.outText()) + " (run 'molt diff " + file + "')");
        }
        if (a.status() != b.status()) {
            throw new BenchFailure("exit status " + a.status() + " differs from " + reference.python + "'s "
                    + b.status());
        }
        double[] py = new double[runs];
        double[] mo = new double[runs];
        for (int i = 0; i < runs; i++) {
            py[i] = timed(ref, dir, reference.python);
            mo[i] = timed(mine, dir, "molt");
        }
        return new Timing(file.getFileName().toString(), py, mo);
    }

    private ChildProcess.Result runOnce(List<String> cmd, Path dir, String who) throws BenchFailure {
        try {
            ChildProcess.Result r = ChildProcess.run(cmd, dir, Map.of("PYTHONHASHSEED", "0"), timeoutSeconds);
            if (r.timedOut()) throw new BenchFailure("timed out after " + timeoutSeconds + " s (" + who + ")");
            return r;
        } catch (IOException e) {
            throw new BenchFailure("cannot run " + cmd.get(0) + ": " + IoErrors.reason(e));
        }
    }

    private double timed(List<String> cmd, Path dir, String who) throws BenchFailure {
        long start = System.nanoTime();
        runOnce(cmd, dir, who);
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * The table: a header, one row per program ({@code NAME PY_MEDIAN PY_MIN MOLT_MEDIAN MOLT_MIN SPEEDUPx}, seconds
     * with 3 decimals) and a {@code geometric mean} row.
     */
    static void printTable(PrintWriter out, List<Timing> timings) {
        int w = "program".length();
        for (Timing t : timings) w = Math.max(w, t.name().length());
        String fmt = "%-" + w + "s  %14s  %11s  %11s  %8s  %8s%n";
        out.printf(Locale.ROOT, fmt, "program", "python3 median", "python3 min", "molt median", "molt min", "speedup");
        double logSum = 0;
        for (Timing t : timings) {
            out.printf(Locale.ROOT, fmt, t.name(), seconds(median(t.python())), seconds(min(t.python())),
                    seconds(median(t.molt())), seconds(min(t.molt())), ratio(t.speedup()));
            logSum += Math.log(t.speedup());
        }
        if (!timings.isEmpty()) {
            out.printf(Locale.ROOT, fmt, "geometric mean", "", "", "", "", ratio(Math.exp(logSum / timings.size())));
        }
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.3f", s);
    }

    private static String ratio(double r) {
        return String.format(Locale.ROOT, "%.2fx", r);
    }

    /** The median (mean of the middle two for an even count). */
    static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    private static double min(double[] xs) {
        return Arrays.stream(xs).min().orElse(Double.NaN);
    }
}
