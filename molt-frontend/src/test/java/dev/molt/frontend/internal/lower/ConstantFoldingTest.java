package dev.molt.frontend.internal.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.molt.frontend.PythonParser;
import dev.molt.frontend.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ConstantFolding} answers as python3's own AST optimizer does (an expression compiles to one LOAD_CONST). */
class ConstantFoldingTest {
    private static final List<String> EXPRESSIONS = List.of(
            "1", "-1", "+2.5", "~7", "not 0", "not 'a'", "-True", "~False", "-'a'", "~1.5", "-(1, 2)",
            "2 ** 3", "2 ** 200", "2 ** 127", "2 ** -1", "0 ** -1", "(-8) ** 0.5", "10.0 ** 400", "10.0 ** 300",
            "1 + 2 * 3", "1 / 0", "1 // 0", "1 % 0", "7 // 2", "-7 % 3", "5.5 % 0.0", "1 / 2",
            "1 << 100", "1 << 128", "1 << 127", "1 << -1", "-1 >> 1000", "3 >> -1", "1.0 << 2", "6 & 3 | 8 ^ 1",
            "'ab' + 'cd'", "'ab' * 3", "3 * 'ab'", "'ab' * 3000", "'a' * 4096", "'a' * 4097", "'%d' % 3", "'a' + 1",
            "(1, 2, (3, -4))", "(1, x)", "x", "[1, 2]", "1j + 2", "1j * 1j", "1j / 1j", "2 ** 3 + 1",
            "(2 ** 64) * (2 ** 64)", "(2 ** 64) * (2 ** 65)", "True + True", "1 @ 2", "1.5 & 1", "None", "...",
            "b'x'", "'x' * -3", "-(2 ** 3)");

    @Test
    void agreesWithPython3sOptimizer() throws IOException, InterruptedException {
        String script = """
                import sys, dis
                for line in sys.stdin.read().split('\\n'):
                    if not line:
                        continue
                    code = compile(line, '<e>', 'eval')
                    ops = [i.opname for i in dis.get_instructions(code) if i.opname not in ('RESUME', 'RETURN_VALUE')]
                    print('yes' if ops == ['LOAD_CONST'] else 'no')
                """;
        Process p = new ProcessBuilder("python3", "-c", script).redirectErrorStream(true).start();
        p.getOutputStream().write(String.join("\n", EXPRESSIONS).concat("\n").getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        List<String> want = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertEquals(0, p.waitFor(), String.join("\n", want));
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        for (int i = 0; i < EXPRESSIONS.size(); i++) {
            String e = EXPRESSIONS.get(i);
            expected.add(e + " -> " + want.get(i));
            boolean folds = ConstantFolding.foldsToConstant(PythonParser.parseExpression(SourceFile.of("<e>", e)));
            actual.add(e + " -> " + (folds ? "yes" : "no"));
        }
        assertEquals(String.join("\n", expected), String.join("\n", actual));
    }
}
