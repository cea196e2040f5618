package dev.molt.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The shared harness of the differential tests (issue #4, DESIGN §8): finds the programs of
 * {@code tests/differential/<group>/*.py}, runs {@code python3} on each as the oracle, runs the program built by a
 * backend, and compares the two as {@code molt diff} does — standard output byte for byte, the exit status, and, when
 * python3's status is nonzero, the last non-blank line of standard error (e.g. {@code KeyError: 'x'}; the traceback
 * above it may differ).
 *
 * <p>Used by {@code DifferentialTest} (native), {@code DifferentialExamplesTest} (examples/python) and
 * {@code DifferentialWasmTest} (WASM). A backend supplies a {@link Runner}; {@link #tests} runs the runner and the
 * oracle for every program on a small thread pool (compiling is the slow part, and clang is a separate process) and
 * turns each program into one {@link DynamicTest} named {@code group/file.py}. Each test records its result in a
 * {@link Tally}, whose {@link Tally#summary} is the one line CI greps for:
 * {@code differential native: N passed, M failed}.
 *
 * <p>Every child process runs in the program's directory with {@code PYTHONHASHSEED=0} (the runtime's hashes are
 * CPython's with that seed, docs/runtime.md), {@code PYTHONUTF8=1}, standard input from {@code /dev/null}, and a time
 * limit.
 */
public final class Differential {
    /** {@code tests/differential}, relative to a module directory (Surefire's working directory). */
    public static final Path SUITE = Path.of("..", "tests", "differential");
    /** {@code examples/python}, relative to a module directory. */
    public static final Path EXAMPLES = Path.of("..", "examples", "python");
    /** The environment every program and python3 get on top of this process's. */
    public static final Map<String, String> ENV = Map.of("PYTHONHASHSEED", "0", "PYTHONUTF8", "1");
    /** Time limit of one run, in seconds. */
    public static final long TIMEOUT_SECONDS = 60;

    private Differential() {}

    /**
     * What a program did.
     *
     * @param status its exit status (128 + N when killed by signal N; -1 when it timed out)
     * @param stdout its standard output, decoded as UTF-8
     * @param stderr its standard error, decoded as UTF-8
     * @param timedOut whether it was killed for running longer than the limit
     */
    public record Outcome(int status, String stdout, String stderr, boolean timedOut) {
        /** The last non-blank line of standard error, stripped, or "". */
        public String lastErrLine() {
            return lastLine(stderr);
        }
    }

    /** A backend: builds {@code program} (into {@code workDir}, private to this program) and runs it. */
    @FunctionalInterface
    public interface Runner {
        /**
         * Builds and runs one program.
         *
         * @param program the {@code .py} file
         * @param workDir an empty directory for build products, private to this call
         * @return what the built program did (run it with {@link #run} in the program's directory)
         * @throws Exception any failure to build or run; its message's first line becomes the test's failure reason
         *     (prefixed with {@code build failed: } for a {@link CompileException})
         */
        Outcome buildAndRun(Path program, Path workDir) throws Exception;
    }

    /**
     * Every {@code .py} file below {@code dir}, recursively, in sorted path order.
     *
     * @throws UncheckedIOException if the directory cannot be read
     */
    public static List<Path> programs(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The program's name relative to {@code root}, with {@code /} separators (e.g. {@code ints/basic.py}). */
    public static String name(Path root, Path program) {
        return root.relativize(program).toString().replace(File.separatorChar, '/');
    }

    /** {@code python3 FILE} in the file's directory (the oracle). */
    public static Outcome python(Path program) {
        Path abs = program.toAbsolutePath().normalize();
        return run(List.of("python3", abs.getFileName().toString()), abs.getParent(), Map.of());
    }

    /**
     * Runs {@code cmd} in {@code dir} with {@link #ENV} plus {@code env}, empty standard input and
     * {@link #TIMEOUT_SECONDS}; output goes through temporary files so a chatty child never blocks.
     *
     * @throws UncheckedIOException if it cannot be started
     */
    public static Outcome run(List<String> cmd, Path dir, Map<String, String> env) {
        Path out = null;
        Path err = null;
        try {
            out = Files.createTempFile("molt-diff-", ".out");
            err = Files.createTempFile("molt-diff-", ".err");
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            pb.environment().putAll(ENV);
            pb.environment().putAll(env);
            Process p = pb.start();
            boolean done = p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (!done) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor();
            }
            return new Outcome(done ? p.exitValue() : -1, Files.readString(out, StandardCharsets.UTF_8),
                    new String(Files.readAllBytes(err), StandardCharsets.UTF_8), !done);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + cmd + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + cmd, e);
        } finally {
            deleteQuietly(out);
            deleteQuietly(err);
        }
    }

    /**
     * Compares a program's outcome with python3's as {@code molt diff} does.
     *
     * @param expected python3's
     * @param actual the built program's
     * @return null if they agree, else the reason in one line (e.g. {@code stdout differs at line 3: 'a' vs 'b'})
     */
    public static String mismatch(Outcome expected, Outcome actual) {
        if (expected.timedOut()) return "timed out after " + TIMEOUT_SECONDS + " s (python3)";
        if (actual.timedOut()) return "timed out after " + TIMEOUT_SECONDS + " s (molt)";
        if (!expected.stdout().equals(actual.stdout())) {
            List<String> want = expected.stdout().lines().toList();
            List<String> got = actual.stdout().lines().toList();
            int i = 0;
            while (i < want.size() && i < got.size() && want.get(i).equals(got.get(i))) i++;
            if (i == want.size() && i == got.size()) {   // same lines: only the final newline differs
                return "stdout differs at line " + Math.max(1, i) + ": final newline "
                        + (actual.stdout().endsWith("\n") ? "in molt's output only" : "missing in molt's output");
            }
            String w = i < want.size() ? "'" + want.get(i) + "'" : "end of output";
            String g = i < got.size() ? "'" + got.get(i) + "'" : "end of output";
            String why = "stdout differs at line " + (i + 1) + ": molt " + g + " vs python3 " + w;
            if (actual.status() != expected.status()) {
                why += " (exit " + actual.status() + " vs " + expected.status() + ", molt's stderr: '"
                        + actual.lastErrLine() + "')";
            }
            return why;
        }
        if (actual.status() != expected.status()) {
            return "exit " + actual.status() + " vs " + expected.status() + " (molt's stderr: '"
                    + actual.lastErrLine() + "')";
        }
        if (expected.status() != 0 && !expected.lastErrLine().equals(actual.lastErrLine())) {
            return "stderr differs: molt '" + actual.lastErrLine() + "' vs python3 '" + expected.lastErrLine() + "'";
        }
        return null;
    }

    /**
     * One dynamic test per program: the runner and python3 run on a pool of {@code threads} threads as soon as this
     * method is called; each test waits for its program, records the result in {@code tally} and fails with the
     * reason of {@link #mismatch} (or the runner's exception).
     *
     * @param root the directory names are relative to (e.g. {@link #SUITE})
     * @param programs the programs, in the order of the tests
     * @param workRoot a directory for build products (a subdirectory per program is made in it)
     * @param threads how many programs are built and run at a time
     * @param runner the backend
     * @param tally where results are counted
     * @return the tests, named {@code group/file.py}
     */
    public static Stream<DynamicTest> tests(Path root, List<Path> programs, Path workRoot, int threads, Runner runner,
            Tally tally) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "differential");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger seq = new AtomicInteger();
        List<DynamicTest> tests = new ArrayList<>();
        for (Path program : programs) {
            String name = name(root, program);
            CompletableFuture<String> result = CompletableFuture.supplyAsync(() -> {
                try {
                    Path work = Files.createDirectories(workRoot.resolve("p" + seq.incrementAndGet()));
                    Outcome expected = python(program);
                    Outcome actual;
                    try {
                        actual = runner.buildAndRun(program, work);
                    } catch (Exception e) {
                        String msg = String.valueOf(e.getMessage());
                        String first = msg.lines().findFirst().orElse(msg);
                        return e instanceof CompileException ? "build failed: " + first : first;
                    }
                    return mismatch(expected, actual);
                } catch (IOException | RuntimeException | LinkageError e) {
                    return "harness error: " + e;   // e.g. a class file replaced under a running test JVM
                }
            }, pool);
            tests.add(DynamicTest.dynamicTest(name, program.toUri(), () -> {
                String reason = result.join();
                tally.record(name, reason);
                if (reason != null) fail(name + ": " + reason);
            }));
        }
        pool.shutdown();   // the submitted programs still run; the daemon threads end with them
        return tests.stream().onClose(pool::shutdownNow);
    }

    /** Counts passes and failures of one suite and prints the summary line. Thread-safe. */
    public static final class Tally {
        private final String label;
        private final List<String> failures = new ArrayList<>();
        private int passed;

        /** @param label what the summary names, e.g. {@code "differential native"} */
        public Tally(String label) {
            this.label = label;
        }

        /** Records one program: {@code reason} null for a pass. */
        public synchronized void record(String name, String reason) {
            if (reason == null) {
                passed++;
            } else {
                failures.add(name + ": " + reason);
            }
        }

        /** {@code LABEL: N passed, M failed}. */
        public synchronized String summary() {
            return label + ": " + passed + " passed, " + failures.size() + " failed";
        }

        /** The failures, one line each ({@code name: reason}), in the order recorded. */
        public synchronized List<String> failures() {
            return List.copyOf(failures);
        }

        /** Prints the failures (one line each) and then {@link #summary} to standard output. */
        public synchronized void print() {
            for (String f : failures) System.out.println("FAIL " + f);
            System.out.println(summary());
            System.out.flush();
        }
    }

    /** The last non-blank line of {@code s}, stripped, or "". */
    public static String lastLine(String s) {
        List<String> lines = s.lines().filter(l -> !l.isBlank()).toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1).strip();
    }

    private static void deleteQuietly(Path p) {
        if (p == null) return;
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a temporary file; the OS cleans up
        }
    }
}
