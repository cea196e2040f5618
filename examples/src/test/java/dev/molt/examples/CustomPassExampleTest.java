package dev.molt.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs CustomPassExample on a small program; the call-site counts per function must equal the {@code ast.Call}
 * nodes python3's {@code ast} finds in each scope (module code and each top-level function, not counting nested
 * scopes).
 */
class CustomPassExampleTest {
    @TempDir
    Path dir;

    private static final String ORACLE = """
            import ast, sys
            tree = ast.parse(open(sys.argv[1], 'rb').read())
            scopes = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef,
                      ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)
            def calls(nodes):
                n, stack = 0, list(nodes)
                while stack:
                    x = stack.pop()
                    if isinstance(x, scopes):
                        continue
                    n += isinstance(x, ast.Call)
                    stack.extend(ast.iter_child_nodes(x))
                return n
            out = {'__module__': calls(tree.body)}
            for s in tree.body:
                if isinstance(s, ast.FunctionDef):
                    out[s.name] = calls(s.body)
            for k in sorted(out):
                print('@' + k, out[k])
            """;

    private static final String PROGRAM = """
            import math

            def f(x):
                return math.sqrt(abs(x)) + len(str(x))

            def g(xs):
                total = 0
                for x in xs:
                    total += f(x)
                print(total, sep="")
                return max(*xs, default=0)

            def h():
                return 1 + 2

            print(f(3), g([1, 2]), h())
            """;

    @Test
    void countsCallSitesPerFunction() throws IOException, InterruptedException {
        Path file = dir.resolve("calls.py");
        Files.writeString(file, PROGRAM, StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            CustomPassExample.main(new String[] {file.toString()});
        } finally {
            System.setOut(saved);
        }
        assertEquals(python(file.toString()), bytes.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"));
    }

    private static String python(String arg) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of("python3", "-X", "utf8", "-c", ORACLE, arg))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) throw new AssertionError("python3 failed");
        return out;
    }
}
