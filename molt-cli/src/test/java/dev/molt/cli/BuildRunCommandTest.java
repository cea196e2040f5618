package dev.molt.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.cli.Processes.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code molt build} and {@code molt run} end to end (clang and the runtime are built on first use): programs give
 * python3's standard output and exit status; C and IR emission; identical executables; the exit statuses of
 * unsupported code, syntax errors and uncaught exceptions.
 */
class BuildRunCommandTest {
    /** The repository's example programs, relative to molt-cli (Surefire's working directory). */
    static final Path EXAMPLES = Path.of("..", "examples", "python");

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello.py", "fib.py"})
    void runOfExampleMatchesPython3(String name) throws IOException {
        Path src = Files.copy(EXAMPLES.resolve(name), dir.resolve(name));
        Run expected = Processes.python(src);
        assertEquals(0, expected.status(), expected.err());
        Run actual = Processes.molt("run", src.toString());
        assertEquals(expected.out(), actual.out(), "stdout of molt run " + name);
        assertEquals(expected.status(), actual.status(), actual.err());
        assertEquals("", actual.err());
    }

    @Test
    void uncaughtExceptionExitsWithStatus1AsPython3() throws IOException {
        Path src = write("boom.py", "def f(d):\n    return d['k']\nprint('before')\nf({})\nprint('after')\n");
        Run expected = Processes.python(src);
        Run actual = Processes.molt("run", src.toString());
        assertEquals(1, expected.status());
        assertEquals(expected.status(), actual.status(), actual.err());
        assertEquals(expected.out(), actual.out());
        List<String> want = expected.err().lines().toList();
        List<String> got = actual.err().lines().toList();
        assertEquals(want.get(want.size() - 1), got.get(got.size() - 1), actual.err());
        assertTrue(actual.err().startsWith("Traceback (most recent call last):"), actual.err());
    }

    @Test
    void buildWritesExecutableNextToSourceAndItRunsAsPython3() throws IOException {
        Path src = write("squares.py",
                "xs = [i * i for i in range(10)]\nprint(sum(xs), xs[-1], {x % 3 for x in xs})\n");
        Run r = Processes.molt("build", src.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.out() + r.err());
        Path exe = dir.resolve("squares");
        assertTrue(Files.isExecutable(exe), "no executable at " + exe);
        Run ran = Processes.run(List.of(exe.toAbsolutePath().toString()), dir);
        Run expected = Processes.python(src);
        assertEquals(expected.out(), ran.out());
        assertEquals(expected.status(), ran.status());
    }

    @Test
    void buildTwiceGivesByteIdenticalExecutables() throws IOException {
        Path src = Files.copy(EXAMPLES.resolve("fib.py"), dir.resolve("fib.py"));
        for (String level : List.of("-O2", "-O0")) {
            Path a = dir.resolve("a" + level);
            Path b = dir.resolve("b" + level);
            assertEquals(0, Processes.molt("build", level, "-o", a.toString(), src.toString()).status());
            assertEquals(0, Processes.molt("build", level, "-o", b.toString(), src.toString()).status());
            assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), "executables differ at " + level);
        }
    }

    @Test
    void emitCWritesTheCFileAndEmitIrTheIr() throws IOException {
        Path src = write("tiny.py", "def add(a, b):\n    return a + b\nprint(add(2, 3))\n");
        Run c = Processes.molt("build", "--emit", "c", src.toString());
        assertEquals(0, c.status(), c.err());
        String text = Files.readString(dir.resolve("tiny.c"));
        assertTrue(text.contains("#include \"molt/codegen.h\""), text);
        assertTrue(text.contains("int main("), text);
        assertTrue(text.contains("#line 2 \"" + src + "\""), "no #line back to the .py");
        assertFalse(Files.exists(dir.resolve("tiny")), "--emit c must not link");

        Run ir = Processes.molt("build", "--emit=ir", "-o", "-", src.toString());
        assertEquals(0, ir.status(), ir.err());
        assertTrue(ir.out().contains("func @add("), ir.out());
        assertTrue(ir.out().contains("func @__module__() -> obj"), ir.out());

        Run cOut = Processes.molt("build", "--emit", "c", "-o", "-", src.toString());
        assertEquals(text, cOut.out());
    }

    @Test
    void unsupportedConstructIsAnErrorWithPositionAndStatus2() throws IOException {
        String code = "def gen():\n    yield 1\nfor x in gen():\n    print(x)\n";
        Path src = write("gen.py", code);
        int col = code.split("\n")[1].indexOf("yield") + 1;
        for (String cmd : List.of("build", "run")) {
            Run r = Processes.molt(cmd, src.toString());
            assertEquals(2, r.status(), cmd + ": " + r.err());
            assertEquals("", r.out());
            String line = r.err().lines().findFirst().orElse("");
            assertTrue(line.startsWith(src + ":2:" + col + ": error: unsupported: "), line);
            assertTrue(line.contains("yield"), line);
            assertFalse(r.err().contains("\tat "), "stack trace: " + r.err());
        }
        assertFalse(Files.exists(dir.resolve("gen")));
    }

    @Test
    void syntaxErrorIsReportedAsCPythonDoesWithStatus2() throws IOException {
        Path src = write("bad.py", "def f(:\n    pass\n");
        Run r = Processes.molt("run", src.toString());
        assertEquals(2, r.status());
        assertEquals(CPython.syntaxError(src, src.toString()), r.err());
    }

    @Test
    void unreadableFileAndBadEmitAreUserErrors() {
        Run r = Processes.molt("build", dir.resolve("missing.py").toString());
        assertEquals(2, r.status());
        assertEquals("molt: error: cannot read " + dir.resolve("missing.py") + ": No such file or directory\n",
                r.err());
        Run e = Processes.molt("build", "--emit", "wasm", "x.py");
        assertEquals(2, e.status());
        assertTrue(e.err().startsWith("molt: error: unknown --emit kind 'wasm'"), e.err());
        Run o = Processes.molt("build", "-o", "-", "x.py");
        assertEquals(2, o.status());
        assertTrue(o.err().startsWith("molt: error: an executable cannot go to standard output"), o.err());
    }

    @Test
    void argumentsAfterFileBelongToTheProgram() throws IOException {
        Path src = write("hi.py", "print('hi')\n");
        Run r = Processes.molt("run", src.toString(), "--help", "-O0");
        assertEquals(0, r.status(), r.err());
        assertEquals("hi\n", r.out());
    }

    @Test
    void helpOfBuildAndRunNamesTheirOptions() {
        Run b = Processes.molt("build", "--help");
        assertEquals(0, b.status());
        assertTrue(b.out().contains("--emit=KIND") && b.out().contains("-O0") && b.out().contains("-o=OUT"), b.out());
        Run r = Processes.molt("run", "--help");
        assertEquals(0, r.status());
        assertTrue(r.out().contains("FILE") && r.out().contains("ARGS"), r.out());
    }
}
