package dev.molt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparison rules and process plumbing of the shared differential harness, {@link Differential}. */
class DifferentialHarnessTest {
    @TempDir
    Path dir;

    private static Differential.Outcome ok(String out) {
        return new Differential.Outcome(0, out, "", false);
    }

    @Test
    void equalOutputAndStatusAgreeWhateverStandardErrorSaysOnSuccess() {
        assertNull(Differential.mismatch(ok("a\nb\n"), new Differential.Outcome(0, "a\nb\n", "warning\n", false)));
    }

    @Test
    void firstDifferingLineIsNamed() {
        assertEquals("stdout differs at line 2: molt 'x' vs python3 'b'",
                Differential.mismatch(ok("a\nb\n"), ok("a\nx\n")));
        assertEquals("stdout differs at line 3: molt end of output vs python3 'c'",
                Differential.mismatch(ok("a\nb\nc\n"), ok("a\nb\n")));
        assertEquals("stdout differs at line 1: final newline missing in molt's output",
                Differential.mismatch(ok("a\n"), ok("a")));
        assertEquals("stdout differs at line 1: final newline in molt's output only",
                Differential.mismatch(ok("a"), ok("a\n")));
    }

    @Test
    void statusAndLastStandardErrorLineAreCompared() {
        var want = new Differential.Outcome(1, "x\n", "Traceback ...\n  File \"/abs/t.py\"\nKeyError: 'k'\n\n", false);
        assertNull(Differential.mismatch(want,
                new Differential.Outcome(1, "x\n", "File \"t.py\"\nKeyError: 'k'\n", false)));
        assertEquals("stderr differs: molt 'KeyError: 'j'' vs python3 'KeyError: 'k''",
                Differential.mismatch(want, new Differential.Outcome(1, "x\n", "KeyError: 'j'\n", false)));
        assertEquals("exit 0 vs 1 (molt's stderr: '')", Differential.mismatch(want, ok("x\n")));
        assertEquals("timed out after 60 s (molt)",
                Differential.mismatch(want, new Differential.Outcome(-1, "x\n", "", true)));
    }

    @Test
    void runGivesStatusOutputsAndTheEnvironment() {
        Differential.Outcome r = Differential.run(List.of("sh", "-c", "echo $PYTHONHASHSEED $X; echo err >&2; exit 3"),
                dir, Map.of("X", "y"));
        assertEquals(new Differential.Outcome(3, "0 y\n", "err\n", false), r);
    }

    @Test
    void programsAreFoundRecursivelyInPathOrderAndNamedRelatively() throws IOException {
        Files.createDirectories(dir.resolve("b"));
        Files.createDirectories(dir.resolve("a"));
        Files.writeString(dir.resolve("b/z.py"), "");
        Files.writeString(dir.resolve("a/y.py"), "");
        Files.writeString(dir.resolve("a/notes.md"), "");
        List<Path> found = Differential.programs(dir);
        assertEquals(List.of("a/y.py", "b/z.py"), found.stream().map(p -> Differential.name(dir, p)).toList());
        assertEquals("7 passed, 0 failed", tally(7).summary().substring("t: ".length()));
    }

    private static Differential.Tally tally(int passes) {
        Differential.Tally t = new Differential.Tally("t");
        for (int i = 0; i < passes; i++) t.record("p" + i, null);
        return t;
    }

    @Test
    void pythonIsTheOracle() throws IOException {
        Path p = Files.writeString(dir.resolve("h.py"),
                "import sys\nprint(hash('a') == hash('a'), sys.flags.hash_randomization)\nraise SystemExit(4)\n");
        assertEquals(new Differential.Outcome(4, "True 0\n", "", false), Differential.python(p));
    }
}
