package dev.molt.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example programs of issue #4 ({@code examples/python/*.py}: hello, fib, primes, nbody, classsim, textproc,
 * wordcount, exceptions): each is compiled at {@code -O2}, run, and compared with python3 as the differential suite
 * is ({@link Differential}).
 */
class DifferentialExamplesTest {
    private static final Differential.Tally TALLY = new Differential.Tally("differential examples");

    @TempDir
    static Path work;

    @TestFactory
    Stream<DynamicTest> examplesMatchCPython() {
        List<Path> programs = Differential.programs(Differential.EXAMPLES);
        List<String> names = programs.stream().map(p -> p.getFileName().toString()).toList();
        for (String required : List.of("hello.py", "fib.py", "primes.py", "nbody.py", "classsim.py", "textproc.py",
                "wordcount.py", "exceptions.py")) {
            assertTrue(names.contains(required), "examples/python has no " + required + ": " + names);
        }
        return Differential.tests(Differential.EXAMPLES, programs, work, DifferentialTest.threads(),
                DifferentialTest::buildAndRun, TALLY);
    }

    @AfterAll
    static void summary() {
        TALLY.print();
    }
}
