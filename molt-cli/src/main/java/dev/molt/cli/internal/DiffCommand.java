package dev.molt.cli.internal;

import dev.molt.cli.CompileException;
import dev.molt.cli.Compiler;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code molt diff [-O0|-O2] [--verbose] [--timeout=S] FILE|DIR...}: differential testing against CPython. Each
 * {@code .py} file (a directory: every {@code .py} below it, recursively, in sorted path order) is compiled into the
 * executable cache as {@code molt run} does ({@link Compiler#buildCached}), then the executable and
 * {@code python3 FILE} are run in the file's directory with {@code PYTHONHASHSEED=0}, empty standard input and a time
 * limit each. Their standard output and exit status must be equal, and, for a nonzero status, the last line of
 * standard error (e.g. {@code ZeroDivisionError: division by zero}); tracebacks above it may differ (file names).
 *
 * <p>Prints one line per program on standard output ({@code PASS path} or {@code FAIL path: reason}), then
 * {@code N passed, M failed}. Exit status 0 if all passed, 1 otherwise, 2 for a usage error (no such path, no
 * {@code .py} file, python3 or the C toolchain missing).
 */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Compile and run Python files, and compare their output and exit status with python3's.",
        footer = {"", "Exit status: 0 if every program matches python3; 1 if one does not (or cannot be compiled); "
                + "2 for a usage error (no such path, python3 or the C toolchain missing)."})
public final class DiffCommand implements Callable<Integer> {
    private static final Pattern SYNTAX_POSITION = Pattern.compile("^\\s*File \"(.*)\", line (\\d+)");

    @Mixin
    OptLevelOptions opt;

    @Option(names = "--verbose", description = "Show a unified diff (python3 vs molt) of standard output for failures.")
    boolean verbose;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Time limit of each run, in seconds (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Mixin
    PythonPrograms reference;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Python files, or directories to search.")
    List<String> paths;

    @Spec
    CommandSpec spec;

    /** Used by picocli only. */
    public DiffCommand() {}

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (timeoutSeconds <= 0) {
            err.println("molt: error: --timeout must be positive, not " + timeoutSeconds);
            return ExitStatus.USER_ERROR;
        }
        List<Path> files = PythonPrograms.collect(paths, err);
        if (files == null) return ExitStatus.USER_ERROR;
        if (reference.version() == null) {
            err.println("molt: error: " + reference.missing("diff"));
            return ExitStatus.USER_ERROR;
        }
        if (!ToolchainSetup.forThisProcess(err).ensure(err)) return ExitStatus.USER_ERROR;
        Compiler compiler = Compiler.create().withOptLevel(opt.level());
        int passed = 0;
        int failed = 0;
        for (Path f : files) {
            StringBuilder details = new StringBuilder();
            String failure = check(compiler, f, details);
            if (failure == null) {
                out.println("PASS " + f);
                passed++;
            } else {
                out.println("FAIL " + f + ": " + failure);
                out.print(details);
                failed++;
            }
            out.flush();
        }
        out.println(passed + " passed, " + failed + " failed");
        out.flush();
        return failed == 0 ? ExitStatus.OK : 1;
    }

    /**
     * Compiles and runs {@code file} and python3 on it; null if they agree, else the reason (one line). With
     * {@code --verbose}, a failure's unified diff of standard output and last lines of standard error go to
     * {@code details}.
     */
    private String check(Compiler compiler, Path file, StringBuilder details) {
        Path exe;
        try {
            exe = compiler.buildCached(Compiler.read(file), RunCommand.cacheDir());
        } catch (CompileException e) {
            String first = e.getMessage().lines().findFirst().orElse("");
            return switch (e.kind()) {
                case UNSUPPORTED -> "unsupported: " + first;
                case SYNTAX -> "compile error: " + syntaxError(e.getMessage());
                case INTERNAL -> "compile error: internal error: " + first;
                case IO, TOOLCHAIN -> "compile error: " + first;
            };
        }
        String python = reference.python;
        Path dir = file.toAbsolutePath().getParent();
        Map<String, String> env = Map.of("PYTHONHASHSEED", "0");
        ChildProcess.Result mine;
        ChildProcess.Result ref;
        try {
            mine = ChildProcess.run(List.of(exe.toString()), dir, env, timeoutSeconds);
        } catch (IOException e) {
            return "cannot run " + exe + ": " + IoErrors.reason(e);
        }
        if (mine.timedOut()) return "timed out after " + timeoutSeconds + " s (molt)";
        try {
            ref = ChildProcess.run(List.of(python, file.toAbsolutePath().toString()), dir, env, timeoutSeconds);
        } catch (IOException e) {
            return "cannot run " + python + ": " + IoErrors.reason(e);
        }
        if (ref.timedOut()) return "timed out after " + timeoutSeconds + " s (" + python + ")";
        String want = ref.outText();
        String got = mine.outText();
        String reason = null;
        if (!want.equals(got)) {
            reason = "stdout differs at line " + UnifiedDiff.firstDifferentLine(want, got);
        } else if (mine.status() != ref.status()) {
            reason = "exit " + mine.status() + " vs " + ref.status();
        } else if (ref.status() != 0) {
            String a = lastLine(mine.errText());
            String b = lastLine(ref.errText());
            if (!a.equals(b)) reason = "stderr differs: '" + a + "' vs '" + b + "'";
        }
        if (reason != null && verbose) {
            details.append(UnifiedDiff.diff(want, got, python + " " + file, "molt " + file));
            if (mine.status() != 0 || ref.status() != 0) {
                details.append("exit ").append(mine.status()).append(" (molt), ").append(ref.status())
                        .append(" (" + python + ")\n");
                details.append("stderr (molt):    ").append(lastLine(mine.errText())).append('\n');
                details.append("stderr (" + python + "): ").append(lastLine(ref.errText())).append('\n');
            }
        }
        return reason;
    }

    /**
     * CPython's multi-line report ({@code File "x.py", line 3} ... {@code SyntaxError: msg}) as one line,
     * {@code x.py:3: SyntaxError: msg}.
     */
    static String syntaxError(String report) {
        String last = lastLine(report);
        Matcher m = SYNTAX_POSITION.matcher(report);
        return m.find() ? m.group(1) + ":" + m.group(2) + ": " + last : last;
    }

    /** The last non-empty line of {@code s}, or "". */
    private static String lastLine(String s) {
        List<String> lines = s.lines().filter(l -> !l.isBlank()).toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1).strip();
    }
}
