package dev.molt.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.molt.runtime.internal.ProcessRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The runtime's replacements for the C library's printf and strtod (used on wasm32-wasi, where wasi-libc is linked
 * statically), built natively with MOLT_OWN_LIBC and held against glibc, the oracle: fmt.c
 * (molt_snprintf) on random integer, character and string conversion specifications (src/test/c/fmt_check.c), and
 * floatdigits.c (exact, correctly rounded and shortest digits of doubles) against "%.*e", "%.*f" and a strtod
 * round-trip search, and floatparse.c (decimal text to double) against strtod, midpoints included
 * (src/test/c/floatdigits_check.c). Each C program prints "ok N" or the first difference.
 */
class LibcReplacementCheckTest {
    /**
     * Compiles src/test/c/NAME.c natively with the runtime's own replacements (fmt.c, floatdigits.c, floatparse.c,
     * built with MOLT_OWN_LIBC as on wasm32-wasi) and links the host libmolt.a for the rest.
     */
    private static Path build(String name) {
        RuntimeHarness.assumeClang();
        BuiltRuntime rt = RuntimeHarness.builder().build(Target.HOST);
        Path exe = RuntimeHarness.workDir().resolve(name);
        List<String> cmd = new ArrayList<>(List.of(RuntimeHarness.TOOLCHAIN.clang().toString(), "-std=c11", "-O2",
                "-DMOLT_OWN_LIBC", "-I" + rt.includeDir(), "-I" + RuntimeHarness.C_DIR));
        for (String own : List.of("fmt.c", "floatdigits.c", "floatparse.c")) {
            cmd.add(RuntimeHarness.C_DIR.resolve(own).toString());
        }
        cmd.add(RuntimeHarness.MODULE_DIR.resolve("src/test/c/" + name + ".c").toString());
        cmd.addAll(rt.linkArguments());
        cmd.addAll(List.of("-o", exe.toString()));
        var r = ProcessRunner.run(cmd, RuntimeHarness.workDir(), Map.of(), "", 600);
        assertEquals(0, r.exitCode(), () -> "clang failed:\n" + r.stderr());
        return exe;
    }

    private static void run(Path exe, String seed, String count) {
        var r = ProcessRunner.run(List.of(exe.toString(), seed, count), RuntimeHarness.workDir(), Map.of(), "", 600);
        assertEquals("ok " + count, r.stdout().strip(), () -> "seed " + seed + ": " + r.stdout() + r.stderr());
        assertEquals(0, r.exitCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "2", "3"})
    void fmtMatchesGlibcSnprintf(String seed) {
        run(build("fmt_check"), seed, "300000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "2", "3"})
    void floatDigitsAndParsingMatchGlibc(String seed) {
        run(build("floatdigits_check"), seed, "100000");
    }
}
