package dev.molt.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The differential suite of issue #4, natively: every program of {@code tests/differential/<group>/*.py} is compiled
 * at {@code -O2} by the {@link Compiler} API (the runtime built once into the shared cache), run, and compared with
 * python3 by {@link Differential} (standard output, exit status, last line of standard error when the status is
 * nonzero). Prints {@code differential native: N passed, M failed} at the end.
 */
class DifferentialTest {
    private static final Differential.Tally TALLY = new Differential.Tally("differential native");

    @TempDir
    static Path work;

    @TestFactory
    Stream<DynamicTest> nativeMatchesCPython() {
        List<Path> programs = Differential.programs(Differential.SUITE);
        assertTrue(programs.size() >= 200, "the suite has " + programs.size() + " programs");
        return Differential.tests(Differential.SUITE, programs, work, threads(), DifferentialTest::buildAndRun, TALLY);
    }

    /** Compiles {@code program} into {@code workDir} and runs it in the program's directory. */
    static Differential.Outcome buildAndRun(Path program, Path workDir) throws CompileException {
        Path exe = Compiler.create().build(Compiler.read(program), workDir.resolve("prog"));
        Path dir = program.toAbsolutePath().normalize().getParent();
        return Differential.run(List.of(exe.toAbsolutePath().toString()), dir, Map.of());
    }

    /** Programs built at a time: clang dominates and runs in its own process, so one more than the cores. */
    static int threads() {
        return Runtime.getRuntime().availableProcessors() + 1;
    }

    @AfterAll
    static void summary() {
        TALLY.print();
    }
}
