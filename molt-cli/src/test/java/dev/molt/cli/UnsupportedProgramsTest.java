package dev.molt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tests/unsupported/NAME.py}: {@code molt build} reports exactly {@code NAME.expected} (the path written as
 * {@code FILE}) on standard error and exits with status 2, for the native and the wasm target, before any C compiler
 * or linker runs. The diagnostics are Molt's own format, so the expectations are golden files.
 */
class UnsupportedProgramsTest {
    private static final Path DIR = Path.of("..", "tests", "unsupported");

    @TempDir
    Path out;

    @TestFactory
    Stream<DynamicTest> eachProgramIsReportedAsUnsupported() throws IOException {
        List<Path> programs;
        try (Stream<Path> s = Files.list(DIR)) {
            programs = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        assertFalse(programs.isEmpty(), "no programs in " + DIR);
        return programs.stream().flatMap(p -> Stream.of("native", "wasm").map(target ->
                DynamicTest.dynamicTest(target + ": " + p.getFileName(), () -> check(p, target))));
    }

    private void check(Path program, String target) throws IOException {
        String name = program.getFileName().toString().replaceFirst("\\.py$", "");
        String expected = Files.readString(program.resolveSibling(name + ".expected"), StandardCharsets.UTF_8);
        Processes.Run r = Processes.molt("build", "--target", target, "-o", out.resolve(name).toString(),
                program.toString());
        assertEquals(expected, r.err().replace(program.toString(), "FILE"), r.out());
        assertEquals(2, r.status(), r.err());
        assertFalse(Files.exists(out.resolve(name)), "no output file for an unsupported program");
    }
}
