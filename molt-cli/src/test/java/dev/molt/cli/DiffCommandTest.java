package dev.molt.cli;

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

/**
 * {@code molt diff} end to end (clang and the runtime are built on first use): a program that agrees with python3
 * passes, one with unsupported code fails with the compiler's position, a directory is searched recursively in sorted
 * order, and the exit statuses (0 all passed, 1 a failure, 2 usage).
 */
class DiffCommandTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void programThatAgreesWithPython3Passes() throws IOException {
        Path src = write("ok.py", "def f(n):\n    return n * 2\nfor i in range(3):\n    print(i, f(i))\n");
        Run expected = Processes.python(src);
        assertEquals(0, expected.status(), expected.err());
        Run r = Processes.molt("diff", src.toString());
        assertEquals("PASS " + src + "\n1 passed, 0 failed\n", r.out(), r.err());
        assertEquals(0, r.status(), r.err());
    }

    @Test
    void uncaughtExceptionPassesWhenStatusAndLastStderrLineMatch() throws IOException {
        Path src = write("boom.py", "print('before')\nd = {}\nprint(d['k'])\n");
        Run expected = Processes.python(src);
        assertEquals(1, expected.status());
        Run r = Processes.molt("diff", src.toString());
        assertEquals("PASS " + src + "\n1 passed, 0 failed\n", r.out(), r.err());
        assertEquals(0, r.status());
    }

    @Test
    void exitStatusOfSystemExitIsCompared() throws IOException {
        Path src = write("exit3.py", "print('a')\nraise SystemExit(3)\n");
        assertEquals(3, Processes.python(src).status());
        Run r = Processes.molt("diff", src.toString());
        assertEquals("PASS " + src + "\n1 passed, 0 failed\n", r.out(), r.err());
    }

    @Test
    void programThatRunsTooLongIsKilledAndFails() throws IOException {
        Path src = write("loop.py", "while True:\n    pass\n");
        Run r = Processes.molt("diff", "--timeout=1", src.toString());
        assertEquals("FAIL " + src + ": timed out after 1 s (molt)\n0 passed, 1 failed\n", r.out(), r.err());
        assertEquals(1, r.status());
    }

    @Test
    void unsupportedCodeFailsWithItsPositionAndStatus1() throws IOException {
        String code = "def gen():\n    yield 1\nfor x in gen():\n    print(x)\n";
        Path src = write("gen.py", code);
        assertEquals(0, Processes.python(src).status(), "python3 runs it");
        int col = code.split("\n")[1].indexOf("yield") + 1;
        Run r = Processes.molt("diff", "--verbose", src.toString());
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size(), r.out());
        assertTrue(lines.get(0).startsWith("FAIL " + src + ": unsupported: " + src + ":2:" + col
                + ": error: unsupported: "), lines.get(0));
        assertEquals("0 passed, 1 failed", lines.get(1));
        assertEquals(1, r.status());
    }

    @Test
    void differingStdoutFailsWithTheFirstDifferentLineAndVerboseShowsTheDiff() throws IOException {
        // The reference is python3 behind a filter that upper-cases the second line, so the outputs differ at line 2
        // whatever molt prints for the other lines (molt itself prints python3's output here).
        Path src = write("three.py", "print('one')\nprint('two')\nprint('three')\n");
        Path fake = write("fakepython", "#!/bin/sh\nif [ \"$1\" = --version ]; then echo 'Python 3 (filtered)'; exit 0; fi\n"
                + "python3 \"$@\" | sed 's/^two$/TWO/'\n");
        assertTrue(fake.toFile().setExecutable(true));
        Run r = Processes.molt("diff", "--python", fake.toString(), src.toString());
        assertEquals("FAIL " + src + ": stdout differs at line 2\n0 passed, 1 failed\n", r.out(), r.err());
        assertEquals(1, r.status());
        Run v = Processes.molt("diff", "--verbose", "--python", fake.toString(), src.toString());
        List<String> lines = v.out().lines().toList();
        assertEquals("FAIL " + src + ": stdout differs at line 2", lines.get(0));
        assertEquals("--- " + fake + " " + src, lines.get(1));
        assertEquals("+++ molt " + src, lines.get(2));
        assertTrue(lines.get(3).startsWith("@@ -1,"), v.out());
        assertTrue(lines.contains("-TWO") && lines.contains("+two"), v.out());
        assertEquals("0 passed, 1 failed", lines.get(lines.size() - 1));
        Run same = Processes.molt("diff", src.toString());
        assertEquals("PASS " + src + "\n1 passed, 0 failed\n", same.out(), same.err());
    }

    @Test
    void missingReferencePythonIsAUsageError() throws IOException {
        Path src = write("one.py", "print(1)\n");
        Run r = Processes.molt("diff", "--python", "/nonexistent/python9", src.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("/nonexistent/python9 not found or not runnable"), r.err());
    }

    @Test
    void syntaxErrorIsACompileErrorNamingFileLineAndMessage() throws IOException {
        Path src = write("bad.py", "x = 1\ndef f(:\n    pass\n");
        String cpython = CPython.syntaxError(src, src.toString()).strip();
        String last = cpython.lines().reduce((a, b) -> b).orElseThrow();
        Run r = Processes.molt("diff", src.toString());
        assertEquals("FAIL " + src + ": compile error: " + src + ":2: " + last + "\n0 passed, 1 failed\n", r.out(),
                r.err());
        assertEquals(1, r.status());
    }

    @Test
    void directoryIsSearchedRecursivelyInSortedOrder() throws IOException {
        Path b = write("b.py", "print(sum([1, 2, 3]))\n");
        Path a = write("sub/a.py", "x = 'abc'\nprint(x.upper(), len(x))\n");
        Path gen = write("c.py", "def g():\n    yield 1\nprint(list(g()))\n");
        write("notes.txt", "not python\n");
        Run r = Processes.molt("diff", dir.toString());
        List<String> lines = r.out().lines().toList();
        assertEquals(4, lines.size(), r.out() + r.err());
        assertEquals("PASS " + b, lines.get(0));
        assertTrue(lines.get(1).startsWith("FAIL " + gen + ": unsupported: "), lines.get(1));
        assertEquals("PASS " + a, lines.get(2));
        assertEquals("2 passed, 1 failed", lines.get(3));
        assertEquals(1, r.status());
    }

    @Test
    void usageErrorsHaveStatus2() throws IOException {
        Run none = Processes.molt("diff");
        assertEquals(2, none.status());
        assertTrue(none.err().startsWith("molt: error: "), none.err());
        Path missing = dir.resolve("missing.py");
        Run m = Processes.molt("diff", missing.toString());
        assertEquals(2, m.status());
        assertEquals("molt: error: cannot read " + missing + ": No such file or directory\n", m.err());
        assertEquals("", m.out());
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Run e = Processes.molt("diff", empty.toString());
        assertEquals(2, e.status());
        assertFalse(e.err().isEmpty());
    }
}
