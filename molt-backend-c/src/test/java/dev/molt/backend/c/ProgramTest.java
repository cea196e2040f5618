package dev.molt.backend.c;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compile-run-compare: each IR program under src/test/resources/programs is compiled to a native executable and
 * run; its stdout, stderr (tracebacks without CPython's source lines) and exit status must equal those of its
 * Python twin run by python3.
 */
class ProgramTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"hello", "values", "fib", "loop", "zde", "handlers", "misc", "unwind"})
    void matchesPython(String name) throws IOException {
        Programs.Run expected = Programs.python(name, dir);
        Path exe = NativeLinker.create().link(Programs.ir(name), dir.resolve(name));
        Programs.Run actual = Programs.run(List.of(exe.toString()), dir);
        assertEquals(expected.stdout(), actual.stdout(), "stdout of " + name);
        assertEquals(Programs.withoutSourceLines(expected.stderr()), Programs.withoutSourceLines(actual.stderr()),
                "stderr of " + name);
        assertEquals(expected.exitCode(), actual.exitCode(), "exit status of " + name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fib", "zde"})
    void matchesPythonAtO0(String name) throws IOException {
        Programs.Run expected = Programs.python(name, dir);
        Path exe = NativeLinker.create().withOptLevel(OptLevel.DEBUG).link(Programs.ir(name), dir.resolve(name));
        Programs.Run actual = Programs.run(List.of(exe.toString()), dir);
        assertEquals(expected.stdout(), actual.stdout());
        assertEquals(Programs.withoutSourceLines(expected.stderr()), Programs.withoutSourceLines(actual.stderr()));
        assertEquals(expected.exitCode(), actual.exitCode());
    }
}
