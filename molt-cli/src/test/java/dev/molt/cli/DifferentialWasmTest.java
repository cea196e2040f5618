package dev.molt.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.backend.wasm.WasiRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The differential suite on WebAssembly (issue #5): every program of {@code tests/differential/<group>/*.py} is
 * compiled at {@code -O2} for {@link Compiler.Target#WASM} by the {@link Compiler} API (our writer's relocatable object
 * linked by wasm-ld with the runtime built once for wasm32-wasi), run under node with the shipped runner in the
 * program's directory, and compared with python3 by {@link Differential} (standard output, exit status, last line of
 * standard error when the status is nonzero). Prints {@code differential wasm: N passed, M failed} at the end.
 * Also: {@code molt build --target wasm} and {@code molt run --target wasm} (arguments passed through, exit status
 * propagated, byte-identical output for the same source).
 */
class DifferentialWasmTest {
    private static final Differential.Tally TALLY = new Differential.Tally("differential wasm");
    private static final Differential.Tally EXAMPLES = new Differential.Tally("differential wasm examples");

    @TempDir
    static Path work;

    @TestFactory
    Stream<DynamicTest> wasmMatchesCPython() {
        List<Path> programs = Differential.programs(Differential.SUITE);
        assertTrue(programs.size() >= 100, "the suite has only " + programs.size() + " programs");
        Path runner = WasiRunner.extract(work);
        return Differential.tests(Differential.SUITE, programs, work, DifferentialTest.threads(),
                (program, dir) -> buildAndRun(runner, program, dir), TALLY);
    }

    /** The example programs (examples/python) on wasm: longer runs than the suite's (tier-up, big heaps). */
    @TestFactory
    Stream<DynamicTest> examplesMatchCPython() {
        List<Path> programs = Differential.programs(Differential.EXAMPLES);
        assertTrue(!programs.isEmpty(), "no examples");
        Path runner = WasiRunner.extract(work);
        return Differential.tests(Differential.EXAMPLES, programs, work.resolve("examples"), DifferentialTest.threads(),
                (program, dir) -> buildAndRun(runner, program, dir), EXAMPLES);
    }

    /** Compiles {@code program} to {@code workDir/prog.wasm} and runs it under node in the program's directory. */
    static Differential.Outcome buildAndRun(Path runner, Path program, Path workDir) throws CompileException {
        Path wasm = Compiler.create().withTarget(Compiler.Target.WASM).build(Compiler.read(program),
                workDir.resolve("prog.wasm"));
        Path dir = program.toAbsolutePath().normalize().getParent();
        return Differential.run(WasiRunner.command(runner.toAbsolutePath(), wasm.toAbsolutePath(), List.of()), dir,
                Map.of());
    }

    @AfterAll
    static void summary() {
        EXAMPLES.print();
        TALLY.print();
    }

    @Test
    void buildTargetWasmWritesStemWasmDeterministically(@TempDir Path dir) throws IOException {
        Path src = dir.resolve("prog.py");
        Files.writeString(src, "print('hi', 6 * 7)\n");
        Processes.Run r = Processes.molt("build", "--target", "wasm", src.toString());
        assertEquals(0, r.status(), r.err());
        Path wasm = dir.resolve("prog.wasm");
        byte[] first = Files.readAllBytes(wasm);
        assertEquals(0, Processes.molt("build", "--target", "wasm", src.toString(), "-o",
                dir.resolve("again.wasm").toString()).status());
        assertArrayEquals(first, Files.readAllBytes(dir.resolve("again.wasm")));
        assertEquals(0x6D736100, java.nio.ByteBuffer.wrap(first).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt());
    }

    @Test
    void runTargetWasmPassesArgumentsAndStatus(@TempDir Path dir) throws IOException {
        Path src = dir.resolve("status.py");
        Files.writeString(src, "print('out')\nraise SystemExit(3)\n");
        Processes.Run expected = Processes.python(src);
        Processes.Run actual = Processes.molt("run", "--target", "wasm", src.toString(), "a", "--b");
        assertEquals(expected.out(), actual.out(), actual.err());
        assertEquals(expected.status(), actual.status(), actual.err());
        Path boom = dir.resolve("boom.py");
        Files.writeString(boom, "def f(d):\n    return d['k']\nf({})\n");
        Processes.Run b = Processes.molt("run", "--target", "wasm", boom.toString());
        assertEquals(1, b.status(), b.err());
        assertTrue(b.err().strip().endsWith("KeyError: 'k'"), b.err());
        assertTrue(b.err().startsWith("Traceback (most recent call last):"), b.err());
    }
}
