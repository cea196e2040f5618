package dev.molt.backend.c;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reference counting of the generated code: every program runs under AddressSanitizer and
 * UndefinedBehaviorSanitizer (a decref too many shows as a use after free or double free) and with
 * {@code -DMOLT_CG_LEAK_CHECK}, which releases the module's globals and constants at a normal exit and reports
 * objects still alive (a decref too few). Output must still equal python3's.
 */
class RefcountTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"hello", "values", "fib", "loop", "zde", "handlers", "misc", "unwind", "features", "scopes", "control", "kwmerge", "classes",
            "fnattrs", "excargs", "builtin_methods", "descriptors", "gaps_misc", "exc_chain", "raise_from", "wrappers", "method_attrs", "fastpaths"})
    void noLeaksAndNoUseAfterFree(String name) throws IOException {
        Programs.Run expected = Programs.python(name, dir);
        Path exe = NativeLinker.create().withOptLevel(OptLevel.DEBUG)
                .withExtraFlags(List.of("-fsanitize=address,undefined", "-fno-sanitize-recover=all", "-DMOLT_CG_LEAK_CHECK"))
                .link(Programs.irOrLowered(name), dir.resolve(name));
        // LeakSanitizer off: an uncaught exception exits without releasing the module (as CPython's exit does not
        // free everything either); the live-object count checks the normal exits.
        Programs.Run actual = Programs.run(List.of(exe.toString()), dir, Map.of("ASAN_OPTIONS", "detect_leaks=0"));
        assertEquals(expected.stdout(), actual.stdout(), "stdout of " + name);
        assertEquals(Programs.withoutSourceLines(expected.stderr()), Programs.withoutSourceLines(actual.stderr()),
                "stderr of " + name);
        assertEquals(expected.exitCode(), actual.exitCode(), "exit status of " + name);
    }
}
