package dev.molt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code molt bench} (the side-by-side timing of compiled programs against python3): one run on hello parses as the
 * documented table, and a program whose output differs from python3's is left out with status 1.
 */
class DifferentialBenchCommandTest {
    private static final Pattern ROW = Pattern.compile(
            "^(\\S+)\\s+(\\d+\\.\\d{3})\\s+(\\d+\\.\\d{3})\\s+(\\d+\\.\\d{3})\\s+(\\d+\\.\\d{3})\\s+(\\d+\\.\\d{2})x$");

    @TempDir
    Path dir;

    @Test
    void oneRunOnHelloPrintsAParsableTable() {
        Processes.Run r = Processes.molt("bench", "--runs", "1", Differential.EXAMPLES.resolve("hello.py").toString());
        assertEquals(0, r.status(), r.out() + r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("molt bench: Python 3."), lines.get(0));
        assertTrue(lines.get(1).matches(
                "program\\s+python3 median\\s+python3 min\\s+molt median\\s+molt min\\s+speedup"), lines.get(1));
        Matcher m = ROW.matcher(lines.get(2));
        assertTrue(m.matches(), lines.get(2));
        assertEquals("hello.py", m.group(1));
        double py = Double.parseDouble(m.group(2));
        double molt = Double.parseDouble(m.group(4));
        assertTrue(py > 0 && molt > 0, lines.get(2));
        assertEquals(py, Double.parseDouble(m.group(3)), 1e-9, "one run: median = min");
        double speedup = Double.parseDouble(m.group(6));   // of the unrounded times: within the rounding's reach
        assertTrue(speedup >= (py - 0.0005) / (molt + 0.0005) - 0.005
                && (molt <= 0.0005 || speedup <= (py + 0.0005) / (molt - 0.0005) + 0.005), lines.get(2));
        assertTrue(lines.get(3).matches("geometric mean\\s+\\d+\\.\\d{2}x"), lines.get(3));
        assertEquals(4, lines.size(), r.out());
    }

    @Test
    void aProgramWhoseOutputDiffersIsLeftOutWithStatus1() throws IOException {
        // The reference is python3 behind a filter that changes the first line: a deterministic difference.
        Path p = Files.writeString(dir.resolve("differs.py"), "print('one')\nprint('same')\n");
        Path fake = Files.writeString(dir.resolve("fakepython"), "#!/bin/sh\n"
                + "if [ \"$1\" = --version ]; then echo 'Python 3 (filtered)'; exit 0; fi\n"
                + "python3 \"$@\" | sed 's/^one$/ONE/'\n");
        assertTrue(fake.toFile().setExecutable(true));
        Processes.Run r = Processes.molt("bench", "--runs", "1", "--python", fake.toString(), p.toString());
        assertEquals(1, r.status(), r.out() + r.err());
        assertTrue(r.err().contains("differs.py: output differs from " + fake + "'s at line 1"), r.err());
        assertTrue(r.out().contains("1 program(s) left out"), r.out());
    }

    @Test
    void wasmTargetRunsTheModuleUnderNode() {
        Processes.Run r = Processes.molt("bench", "--target", "wasm", "--runs", "1",
                Differential.EXAMPLES.resolve("hello.py").toString());
        assertEquals(0, r.status(), r.out() + r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).contains("--target wasm"), lines.get(0));
        assertTrue(ROW.matcher(lines.get(2)).matches(), lines.get(2));
        assertEquals(2, Processes.molt("bench", "--target", "jvm", "x.py").status());
    }

    @Test
    void usageErrors() {
        assertEquals(2, Processes.molt("bench", "--runs", "0", "x.py").status());
        assertEquals(2, Processes.molt("bench", dir.resolve("none.py").toString()).status());
    }
}
