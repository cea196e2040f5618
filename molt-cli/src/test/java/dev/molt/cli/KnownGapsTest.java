package dev.molt.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tests/gaps/*.py}: programs whose output still differs from python3's, each listed with its reason in
 * {@code tests/gaps/README.md}. A program here that now matches python3 fails this test: the gap is closed and the
 * program belongs in {@code tests/differential/} again. Each program must still build, and be explained in the README.
 */
class KnownGapsTest {
    private static final Path DIR = Path.of("..", "tests", "gaps");

    @TempDir
    static Path work;

    @TestFactory
    Stream<DynamicTest> eachGapStillDiffersFromCPython() throws Exception {
        List<Path> programs = Differential.programs(DIR);
        assertFalse(programs.isEmpty(), "no programs in " + DIR);
        String readme = Files.readString(DIR.resolve("README.md"));
        return programs.stream().map(p -> DynamicTest.dynamicTest(Differential.name(DIR, p), () -> {
            String name = p.getFileName().toString();
            assertTrue(readme.contains("`" + name + "`"), name + " is not explained in tests/gaps/README.md");
            Path dir = work.resolve(name.replace(".py", ""));
            Files.createDirectories(dir);
            Differential.Outcome molt = DifferentialTest.buildAndRun(p, dir);
            String reason = Differential.mismatch(Differential.python(p), molt);
            assertNotNull(reason, name + " now matches python3: move it back to tests/differential/ and out of "
                    + "tests/gaps/README.md");
        }));
    }
}
