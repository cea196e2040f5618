package dev.molt.cli;

import dev.molt.backend.c.CBackend;
import dev.molt.backend.c.NativeLinker;
import dev.molt.backend.c.OptLevel;
import dev.molt.ir.Module;
import dev.molt.runtime.RuntimeBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * A subset of the differential suite under AddressSanitizer + UndefinedBehaviorSanitizer + LeakSanitizer (issue #4,
 * "run clean under ASan + UBSan + LSan"): every {@value #STRIDE}th program of {@code tests/differential} (about 30,
 * spread over the groups) is compiled at {@code -O2}'s IR pipeline and {@code clang -O0 -g} with
 * {@code -fsanitize=address,undefined,leak -fno-omit-frame-pointer -fno-sanitize-recover=all} and
 * {@code -DMOLT_CG_LEAK_CHECK} (the program releases its globals at a normal exit and reports objects still alive),
 * linked against the runtime built with the same sanitizer flags (its own cache entry), and run with
 * {@code ASAN_OPTIONS=detect_leaks=1} and {@code UBSAN_OPTIONS=halt_on_error=1}.
 *
 * <p>Its output must equal python3's as in {@link DifferentialTest}, and its standard error must hold no sanitizer
 * report and no live-object report. Programs that end with an uncaught exception or a nonzero {@code SystemExit}
 * run with {@code detect_leaks=0}: such an exit does not release the module (CPython does not free everything
 * either), as in molt-backend-c's RefcountTest. Prints {@code differential sanitizers: N passed, M failed}.
 */
class DifferentialSanitizerTest {
    /** One program in this many is checked. */
    static final int STRIDE = 7;
    static final List<String> SANITIZE = List.of("-fsanitize=address,undefined,leak", "-fno-omit-frame-pointer",
            "-fno-sanitize-recover=all", "-g");
    /**
     * Programs that build reference cycles on purpose; without a cycle collector (DESIGN §5: "a cycle collector
     * later") their cycles are still alive at exit, which the live-object check reports. Skipped here (the stride
     * takes the next program instead); DifferentialTest still runs them.
     */
    static final List<String> CYCLES = List.of(
            "builtins/repr_builtin.py",        // lists that contain themselves
            "closures/recursive_inner.py");    // a nested recursive function: its closure cell holds the function
    private static final Differential.Tally TALLY = new Differential.Tally("differential sanitizers");

    @TempDir
    static Path work;

    @TestFactory
    Stream<DynamicTest> subsetIsCleanUnderSanitizers() {
        List<Path> all = Differential.programs(Differential.SUITE).stream()
                .filter(p -> !CYCLES.contains(Differential.name(Differential.SUITE, p))).toList();
        List<Path> subset = new ArrayList<>();
        for (int i = 0; i < all.size(); i += STRIDE) subset.add(all.get(i));
        RuntimeBuilder runtime = RuntimeBuilder.create().withExtraFlags(SANITIZE);
        NativeLinker linker = NativeLinker.create().withRuntimeBuilder(runtime).withOptLevel(OptLevel.DEBUG)
                .withExtraFlags(concat(SANITIZE, List.of("-DMOLT_CG_LEAK_CHECK")));
        Compiler compiler = Compiler.create();
        return Differential.tests(Differential.SUITE, subset, work, DifferentialTest.threads(),
                (program, workDir) -> buildAndRun(compiler, linker, program, workDir), TALLY);
    }

    private static Differential.Outcome buildAndRun(Compiler compiler, NativeLinker linker, Path program, Path workDir)
            throws Exception {
        Module ir = compiler.toIr(Compiler.read(program));
        String cName = CBackend.cFileName(ir);
        Path exe = linker.compile(CBackend.emit(ir, cName), cName, workDir.resolve("prog"));
        Path dir = program.toAbsolutePath().normalize().getParent();
        List<String> cmd = List.of(exe.toAbsolutePath().toString());
        Differential.Outcome out = Differential.run(cmd, dir, env(true));
        if (out.status() != 0 && out.stderr().contains("LeakSanitizer")) {
            // Decide by python3's verdict whether leaks count: rerun without leak detection for abnormal exits.
            Differential.Outcome ref = Differential.python(program);
            if (ref.status() != 0) out = Differential.run(cmd, dir, env(false));
        }
        for (String line : out.stderr().lines().toList()) {
            if (line.contains("Sanitizer") || line.contains("runtime error:")
                    || line.contains("live objects at exit")) {
                throw new IllegalStateException("sanitizer report: " + line.strip()
                        + (out.stderr().length() < 4000 ? "\n" + out.stderr() : ""));
            }
        }
        return out;
    }

    private static Map<String, String> env(boolean leaks) {
        return Map.of("ASAN_OPTIONS", "detect_leaks=" + (leaks ? 1 : 0), "UBSAN_OPTIONS",
                "halt_on_error=1:print_stacktrace=1");
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> r = new ArrayList<>(a);
        r.addAll(b);
        return r;
    }

    @AfterAll
    static void summary() {
        TALLY.print();
    }
}
