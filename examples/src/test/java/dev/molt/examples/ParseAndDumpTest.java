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

/** Runs the ParseAndDump example and checks its report against CPython's ast module. */
class ParseAndDumpTest {
    @TempDir
    Path dir;

    /**
     * The same report made by python3: ast.dump (3.11's tree given 3.12's type_params field, the
     * only 3.12 change this program touches), top-level def names, and ast.walk's nodes counted
     * by class name, leaving out expr_context and operator singletons (Load(), Add(), ...), which
     * are enum values, not nodes, in Molt's AST.
     */
    private static final String ORACLE = """
            import ast, sys, collections
            for cls in (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef):
                if 'type_params' not in cls._fields:
                    cls._fields += ('type_params',)
                    cls.type_params = []
            tree = ast.parse(open(sys.argv[1], 'rb').read())
            print(ast.dump(tree))
            for s in tree.body:
                if isinstance(s, ast.FunctionDef):
                    print('def', s.name)
            skip = (ast.expr_context, ast.operator, ast.boolop, ast.unaryop, ast.cmpop)
            c = collections.Counter(type(n).__name__ for n in ast.walk(tree) if not isinstance(n, skip))
            for k in sorted(c):
                print(k, c[k])
            """;

    private static final String PROGRAM = """
            import math

            class Point:
                def __init__(self, x, y=0.0, *, label=None):
                    self.x, self.y = x, y

                def norm(self) -> float:
                    return math.hypot(self.x, self.y)

            def centroid(points):
                n = len(points) or 1
                return Point(sum(p.x for p in points) / n, sum(p.y for p in points) / n)

            async def fetch(q):
                async with q as s:
                    return [await s.get(i) for i in range(3) if i != 1]

            def main():
                pts = [Point(i, -i) for i in range(5)]
                c = centroid(pts)
                try:
                    print(c.norm(), {p.x: p for p in pts}, lambda *a, **k: (a, k))
                except (ValueError, TypeError) as e:
                    raise RuntimeError('bad') from e
                finally:
                    del pts[0:2]
                while c.x < 10 and not c.y:
                    c.x += 1
                else:
                    pass

            if __name__ == '__main__':
                main()
            """;

    @Test
    void reportMatchesCPythonsAst() throws IOException, InterruptedException {
        Path file = dir.resolve("points.py");
        Files.writeString(file, PROGRAM, StandardCharsets.UTF_8);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = ParseAndDump.run(file, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertEquals(0, status);
        assertEquals(python(ORACLE, file.toString()), bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void syntaxErrorIsPrintedAsCPythonDoes() throws IOException, InterruptedException {
        Path file = dir.resolve("bad.py");
        Files.writeString(file, "def f(x):\n    return x +\n", StandardCharsets.UTF_8);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = ParseAndDump.run(file, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertEquals(2, status);
        assertEquals(python("""
                import ast, sys, traceback
                try:
                    ast.parse(open(sys.argv[1], 'rb').read(), sys.argv[1])
                except SyntaxError as e:
                    sys.stdout.write(''.join(traceback.format_exception_only(e)))
                """, file.toString()), bytes.toString(StandardCharsets.UTF_8));
    }

    private static String python(String script, String arg) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of("python3", "-X", "utf8", "-c", script, arg))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError("python3 failed");
        }
        return out;
    }
}
