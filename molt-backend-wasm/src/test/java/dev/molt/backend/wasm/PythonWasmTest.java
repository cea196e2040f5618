package dev.molt.backend.wasm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.frontend.PythonParser;
import dev.molt.frontend.SourceFile;
import dev.molt.frontend.lower.Lowering;
import dev.molt.frontend.scope.SymbolTable;
import dev.molt.ir.Module;
import dev.molt.passes.PassManager;
import dev.molt.passes.PassRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Python programs compiled to a relocatable object by {@link WasmBackend}, linked with the runtime for wasm32-wasi by
 * {@link WasmLinker}, run under node with run-wasi.mjs and compared with python3 (stdout, exit status, the last
 * line of stderr). The programs are the C backend's end-to-end programs (molt-backend-c/src/test/resources/programs).
 */
class PythonWasmTest {
    static final Path PROGRAMS = Path.of("..", "molt-backend-c", "src", "test", "resources", "programs");

    @TempDir
    Path dir;

    static Module compile(String name, String text, String pipeline) {
        SourceFile src = SourceFile.of(name + ".py", text);
        var ast = PythonParser.parse(src);
        Module m = Lowering.lower(ast, SymbolTable.build(ast, src), src);
        PassManager.parse(pipeline, PassRegistry.standard()).run(m);
        return m;
    }

    static WasmTools.Run python(Path dir, String name, String text) throws IOException {
        Files.writeString(dir.resolve(name + ".py"), text);
        ProcessBuilder pb = new ProcessBuilder("python3", name + ".py").directory(dir.toFile());
        pb.environment().put("PYTHONHASHSEED", "0");
        Process p = pb.start();
        p.getOutputStream().close();
        var out = java.util.concurrent.CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
        var err = java.util.concurrent.CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        try {
            p.waitFor();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        return new WasmTools.Run(p.exitValue(), out.join(), err.join());
    }

    private static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String lastLine(String s) {
        String[] lines = s.strip().split("\n");
        return lines.length == 0 ? "" : lines[lines.length - 1];
    }

    /** Every .py of the C backend's end-to-end programs (the folder is the list: a new program is tested here too). */
    static Stream<String> programs() throws IOException {
        try (Stream<Path> s = Files.list(PROGRAMS)) {
            List<String> names = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".py"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList();
            return names.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("programs")
    void programMatchesPython(String name) throws IOException {
        Path py = PROGRAMS.resolve(name + ".py");
        String text = Files.readString(py);
        for (String pipeline : List.of("O2")) {
            Module m = compile(name, text, pipeline);
            byte[] object = WasmBackend.emitObject(m);
            WasmTools.assertValid(object);
            Path wasm = WasmLinker.create().linkObject(object, dir.resolve(name + ".wasm"));
            byte[] bytes = Files.readAllBytes(wasm);
            WasmTools.assertValid(bytes);
            WasmTools.Run got = WasmTools.node(bytes, new byte[0]);
            WasmTools.Run want = python(dir, name, text);
            assertEquals(want.stdout(), got.stdout(), name + " stdout; stderr: " + got.stderr());
            assertEquals(want.exitCode(), got.exitCode(), name + " exit status; stderr: " + got.stderr());
            assertEquals(lastLine(want.stderr()), lastLine(got.stderr()), name + " last stderr line");
        }
    }

    /** The inlined small-int paths of + - < <= > >= == != at the 48-bit edges, and their fallbacks, against python3. */
    @Test
    void smallIntFastPathsAtTheEdges() throws IOException {
        String text = """
                M = 2 ** 47 - 1
                vals = [0, 1, -1, M, -M, -M - 1, M - 1, 2 ** 47, -(2 ** 47) - 1, 2 ** 63, 1.5, -0.0, "s", None]
                for x in vals:
                    for y in vals:
                        out = []
                        for f in (lambda a, b: a + b, lambda a, b: a - b):
                            try:
                                out.append(repr(f(x, y)))
                            except TypeError as e:
                                out.append("TypeError")
                        for f in (lambda a, b: a < b, lambda a, b: a <= b, lambda a, b: a > b, lambda a, b: a >= b):
                            try:
                                out.append(repr(f(x, y)))
                            except TypeError as e:
                                out.append("TypeError")
                        out.append(repr(x == y))
                        out.append(repr(x != y))
                        z = x
                        try:
                            z += y
                            z -= y
                            out.append(repr(z))
                        except TypeError:
                            out.append("TypeError")
                        print(" ".join(out))
                """;
        Path wasm = WasmLinker.create().link(compile("edges", text, "O2"), dir.resolve("edges.wasm"));
        WasmTools.Run got = WasmTools.node(Files.readAllBytes(wasm), new byte[0]);
        WasmTools.Run want = python(dir, "edges", text);
        assertEquals(want.stdout(), got.stdout(), got.stderr());
        assertEquals(0, got.exitCode(), got.stderr());
    }

    @Test
    void objectIsValidAndDeterministic() {
        String text = "def f(x):\n    return [x, x * 2]\nprint(f(3), 'hé')\n";
        byte[] a = WasmBackend.emitObject(compile("det", text, "O2"));
        byte[] b = WasmBackend.emitObject(compile("det", text, "O2"));
        WasmTools.assertValid(a);
        assertArrayEquals(a, b);
    }

    @Test
    void helloIsSmallAndDeterministic() throws IOException {
        Module m = compile("hello", "print('hello')\n", "O2");
        Path one = WasmLinker.create().link(m, dir.resolve("one.wasm"));
        Path two = WasmLinker.create().link(compile("hello", "print('hello')\n", "O2"), dir.resolve("two.wasm"));
        byte[] bytes = Files.readAllBytes(one);
        assertArrayEquals(bytes, Files.readAllBytes(two));
        WasmTools.assertValid(bytes);
        System.out.println("hello.wasm: " + bytes.length + " bytes");
        // A guard against growth, above today's size (docs/performance.md, "Sizes"); issue #5's target is 100 KB.
        assertTrue(bytes.length <= 230_000, "hello.wasm (runtime included) is " + bytes.length + " bytes");
        assertEquals("hello\n", WasmTools.node(bytes, new byte[0]).stdout());
    }
}
