package dev.molt.backend.c;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.molt.frontend.PythonParser;
import dev.molt.frontend.SourceFile;
import dev.molt.frontend.lower.Lowering;
import dev.molt.frontend.scope.SymbolTable;
import dev.molt.ir.Module;
import dev.molt.ir.verify.Verifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole native pipeline on every Python program of src/test/resources/programs (the twins of the IR programs,
 * and programs with no hand-written IR): .py -> parse -> SymbolTable -> lower (molt-frontend,
 * a test-only dependency) -> C -> executable, compared with python3 (stdout, stderr without source lines, status).
 */
class PythonEndToEndTest {
    @TempDir
    Path dir;

    /** Every .py of src/test/resources/programs (the folder is the list: a new program is tested without more ado). */
    static Stream<String> programs() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("src", "test", "resources", "programs"))) {
            List<String> names = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".py"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList();
            return names.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("programs")
    void loweredProgramMatchesPython(String name) throws IOException {
        Programs.Run expected = Programs.python(name, dir);
        SourceFile src = SourceFile.of(name + ".py", Programs.resource(name + ".py"));
        var ast = PythonParser.parse(src);
        Module ir = Lowering.lower(ast, SymbolTable.build(ast, src), src);
        Verifier.check(ir);
        Path exe = NativeLinker.create().link(ir, dir.resolve(name));
        Programs.Run actual = Programs.run(List.of(exe.toString()), dir);
        assertEquals(expected.stdout(), actual.stdout(), "stdout of " + name);
        assertEquals(Programs.withoutSourceLines(expected.stderr()), Programs.withoutSourceLines(actual.stderr()),
                "stderr of " + name);
        assertEquals(expected.exitCode(), actual.exitCode(), "exit status of " + name);
    }
}
