package dev.molt.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.molt.runtime.internal.ProcessRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Builds src/test/c/rt_driver.c against the runtime and runs the same operation lines through it and through
 * src/test/python/rt_oracle.py (CPython), comparing outputs line by line.
 */
final class RuntimeHarness {
    static final Path MODULE_DIR = Path.of("").toAbsolutePath();
    static final Path C_DIR = MODULE_DIR.resolve("src/main/c");
    static final Path DRIVER_C = MODULE_DIR.resolve("src/test/c/rt_driver.c");
    static final Path ORACLE_PY = MODULE_DIR.resolve("src/test/python/rt_oracle.py");
    static final Toolchain TOOLCHAIN = Toolchain.detect();
    static final List<String> SANITIZE = List.of("-fsanitize=address,undefined", "-fno-sanitize-recover=all",
            "-fno-omit-frame-pointer", "-g", "-O1");

    private static Path workDir;
    private static Path driver;
    private static Path sanitizerDriver;
    private static Path wasmDriver;

    private RuntimeHarness() {}

    static void assumeClang() {
        List<String> problems = TOOLCHAIN.problems(Target.HOST);
        Assumptions.assumeTrue(problems.isEmpty(), () -> "SKIPPED: " + String.join("; ", problems));
    }

    static synchronized Path workDir() {
        if (workDir == null) {
            try {
                workDir = Files.createTempDirectory("molt-rt-test");
                Path dir = workDir;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return workDir;
    }

    private static void deleteTree(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // best effort: a leftover temporary directory is harmless
        }
    }

    /** A fresh builder over the source tree (not the jar), caching in this JVM's temp directory. */
    static RuntimeBuilder builder() {
        return RuntimeBuilder.create().withSources(RuntimeSources.fromDirectory(C_DIR))
                .withCacheRoot(workDir().resolve("cache"));
    }

    /** The driver linked against libmolt.a from RuntimeBuilder (the production path). */
    static synchronized Path driver() {
        assumeClang();
        if (driver == null) {
            BuiltRuntime rt = builder().build(Target.HOST);
            Path exe = workDir().resolve("rt_driver");
            clang(List.of("-std=c11", "-O1", "-I" + rt.includeDir(), DRIVER_C.toString(), rt.library().toString(),
                    "-lm", "-o", exe.toString()));
            driver = exe;
        }
        return driver;
    }

    /** The driver for wasm32-wasi, linked against the wasm32-wasi libmolt.a; run it with {@link #runWasm}. */
    static synchronized Path wasmDriver() {
        List<String> problems = TOOLCHAIN.problems(Target.WASM32_WASI);
        Assumptions.assumeTrue(problems.isEmpty(), () -> "SKIPPED: " + String.join("; ", problems));
        Assumptions.assumeTrue(ProcessRunnerCheck.hasNode(), "SKIPPED: node (for node:wasi) is not installed");
        if (wasmDriver == null) {
            RuntimeBuilder b = builder();
            BuiltRuntime rt = b.build(Target.WASM32_WASI);
            Path exe = workDir().resolve("rt_driver.wasm");
            List<String> cmd = new ArrayList<>(b.targetFlags(Target.WASM32_WASI));
            cmd.addAll(List.of("-std=c11", "-O1", "-I" + rt.includeDir(), DRIVER_C.toString()));
            cmd.addAll(rt.linkArguments());
            cmd.addAll(List.of("-o", exe.toString()));
            clang(cmd);
            wasmDriver = exe;
        }
        return wasmDriver;
    }

    /** Runs a WASI module under node:wasi with stdin/stdout/stderr passed through. */
    static List<String> runWasm(Path wasm, List<String> lines) {
        Path script = workDir().resolve("run-wasi.mjs");
        try {
            Files.writeString(script, """
                    import { readFile } from 'node:fs/promises';
                    import { WASI } from 'node:wasi';
                    const wasi = new WASI({ version: 'preview1', args: [], env: {}, returnOnExit: true });
                    const mod = await WebAssembly.compile(await readFile(process.argv[2]));
                    const inst = await WebAssembly.instantiate(mod, wasi.getImportObject());
                    process.exitCode = wasi.start(inst);
                    """);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var r = ProcessRunner.run(List.of("node", "--no-warnings", script.toString(), wasm.toString()), workDir(),
                Map.of(), String.join("\n", lines) + "\n", 600);
        if (r.exitCode() != 0) {
            fail("wasm runtime driver exited with " + r.exitCode() + ":\n" + tail(r.stderr()));
        }
        return r.stdout().lines().toList();
    }

    /** The driver and all runtime sources compiled with AddressSanitizer and UndefinedBehaviorSanitizer. */
    static synchronized Path sanitizerDriver() {
        assumeClang();
        if (sanitizerDriver == null) {
            Path exe = workDir().resolve("rt_driver_asan");
            List<String> cmd = new ArrayList<>(List.of("-std=c11", "-I" + C_DIR.resolve("include")));
            cmd.addAll(SANITIZE);
            for (String tu : RuntimeSources.fromDirectory(C_DIR).translationUnits()) {
                cmd.add(C_DIR.resolve(tu).toString());
            }
            cmd.addAll(List.of(DRIVER_C.toString(), "-lm", "-o", exe.toString()));
            clang(cmd);
            sanitizerDriver = exe;
        }
        return sanitizerDriver;
    }

    private static void clang(List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(TOOLCHAIN.clang().toString());
        cmd.addAll(args);
        var r = ProcessRunner.run(cmd, workDir(), Map.of(), "", 600);
        if (r.exitCode() != 0) {
            fail("clang failed:\n" + r.stderr());
        }
    }

    static List<String> runDriver(Path exe, List<String> lines) {
        var r = ProcessRunner.run(List.of(exe.toString()), workDir(),
                Map.of("ASAN_OPTIONS", "detect_leaks=1:abort_on_error=0", "UBSAN_OPTIONS", "print_stacktrace=1"),
                String.join("\n", lines) + "\n", 600);
        if (r.exitCode() != 0) {
            fail("runtime driver exited with " + r.exitCode() + ":\n" + tail(r.stderr()));
        }
        return r.stdout().lines().toList();
    }

    static List<String> runPython(List<String> lines) {
        var r = ProcessRunner.run(List.of("python3", ORACLE_PY.toString()), workDir(),
                Map.of("PYTHONHASHSEED", "0", "PYTHONIOENCODING", "utf-8"), String.join("\n", lines) + "\n", 600);
        if (r.exitCode() != 0) {
            fail("python3 oracle exited with " + r.exitCode() + ":\n" + tail(r.stderr()));
        }
        return r.stdout().lines().toList();
    }

    /** Runs {@code lines} through the driver and CPython; fails listing the first differing lines. */
    static void assertSameAsCPython(Path exe, List<String> lines) {
        List<String> expected = runPython(lines);
        List<String> actual = runDriver(exe, lines);
        compare(lines, expected, actual);
    }

    static void assertWasmSameAsCPython(List<String> lines) {
        Path wasm = wasmDriver();
        compare(lines, runPython(lines), runWasm(wasm, lines));
    }

    /** Whether node is on PATH. */
    static final class ProcessRunnerCheck {
        private ProcessRunnerCheck() {}

        static boolean hasNode() {
            try {
                return ProcessRunner.run(List.of("node", "--version"), null, Map.of(), "", 30).exitCode() == 0;
            } catch (UncheckedIOException e) {
                return false;
            }
        }
    }

    static void assertSameAsCPython(List<String> lines) {
        assertSameAsCPython(driver(), lines);
    }

    /**
     * Line-by-line comparison. The "input" shown next to a difference assumes one output line per input line, which
     * holds for every op except {@code print} (its own output comes first): keep print lines last.
     */
    static void compare(List<String> lines, List<String> expected, List<String> actual) {
        StringBuilder diff = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < Math.max(expected.size(), actual.size()) && shown < 15; i++) {
            String e = i < expected.size() ? expected.get(i) : "<missing>";
            String a = i < actual.size() ? actual.get(i) : "<missing>";
            if (!e.equals(a)) {
                String in = i < lines.size() ? lines.get(i) : "?";
                diff.append("\n  input:   ").append(clip(in)).append("\n  python3: ").append(clip(e))
                        .append("\n  molt:    ").append(clip(a));
                shown++;
            }
        }
        if (!diff.isEmpty()) {
            fail("runtime differs from CPython on " + shown + "+ of " + lines.size() + " lines:" + diff);
        }
        assertEquals(expected.size(), actual.size(), "output line count");
    }

    private static String clip(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "...(" + s.length() + " chars)" : s;
    }

    private static String tail(String s) {
        return s.length() > 4000 ? "..." + s.substring(s.length() - 4000) : s;
    }

    // ---- argument encoding (see rt_driver.c's grammar) ----

    static String i(long v) {
        return "i:" + v;
    }

    static String i(BigInteger v) {
        return "i:" + v;
    }

    static String i(String decimal) {
        return "i:" + new BigInteger(decimal);
    }

    static String f(double d) {
        return String.format("f:%016x", Double.doubleToRawLongBits(d));
    }

    /** UTF-8, with lone surrogates in their 3-byte form (the runtime's and CPython's "surrogatepass"). */
    static String s(String text) {
        return "s:" + HexFormat.of().formatHex(StrEncoding.utf8(text));
    }

    static String t(String typeName) {
        return "t:" + typeName;
    }

    static String b(boolean v) {
        return v ? "b:1" : "b:0";
    }

    static final String NONE = "n";

    static String op(String name, String... args) {
        return name + (args.length == 0 ? "" : " " + String.join(" ", args));
    }
}
