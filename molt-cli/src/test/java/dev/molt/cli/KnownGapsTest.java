package dev.molt.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tests/gaps/*.py}: programs whose output still differs from python3's, each listed with its reason in
 * {@code tests/gaps/README.md}. A program here that now matches python3 fails this test: the gap is closed and the
 * program belongs in {@code tests/differential/} again. Each program must still build, and be explained in the README.
 * With no program in the folder, the README's table must be empty too.
 */
class KnownGapsTest {
    private static final Path DIR = Path.of("..", "tests", "gaps");

    @TempDir
    static Path work;

    @TestFactory
    Stream<DynamicTest> eachGapStillDiffersFromCPython() throws Exception {
        List<Path> programs = Differential.programs(DIR);
        String readme = Files.readString(DIR.resolve("README.md"));
        if (programs.isEmpty()) {
            // No known gaps: the README's table must not list a program either.
            return Stream.of(DynamicTest.dynamicTest("no known gaps", () -> assertFalse(
                    Pattern.compile("^\\| `[^`]+\\.py` \\|", Pattern.MULTILINE).matcher(readme).find(),
                    "tests/gaps/README.md lists a program that tests/gaps/ does not hold")));
        }
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
