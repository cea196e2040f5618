package dev.molt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code molt ir}: IR on stdout, diagnostics and exit status 2 for syntax errors, unsupported code and bad passes. */
class IrCommandTest {
    @TempDir
    Path dir;

    record Run(int status, String out, String err) {}

    static Run molt(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    private String write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p.toString();
    }

    @Test
    void printsIr() throws IOException {
        String f = write("a.py", "def f(x):\n    return x + 1\nprint(f(2))\n");
        Run r = molt("ir", f);
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("func @__module__() -> obj"), r.out());
        assertTrue(r.out().contains("py.add v0, v"), r.out());
    }

    @Test
    void runsPipelineWithVerifyEachAndPrintAfter() throws IOException {
        String f = write("b.py", "x = 1 + 2\nif x:\n    y = 3\n");
        Run r = molt("ir", "--passes=O2", "--verify-each", "--print-after=const-fold", f);
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("py.const.int {value = 3}"), r.out());
        assertFalse(r.out().contains("py.add"), r.out());
        assertTrue(r.err().contains("const-fold"), r.err());
    }

    @Test
    void unsupportedIsDiagnosedWithStatus2() throws IOException {
        String f = write("c.py", "x = 1\nif x:\n    return x\n");
        Run r = molt("ir", f);
        assertEquals(2, r.status());
        assertEquals(f + ":3:5: error: unsupported: 'return' outside function\n", r.err().replace("\r", ""));
        assertEquals("", r.out());
    }

    @Test
    void syntaxErrorAsParsePrintsIt() throws IOException {
        String f = write("d.py", "def f(:\n");
        Run r = molt("ir", f);
        assertEquals(2, r.status());
        assertTrue(r.err().contains("SyntaxError"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void unknownPassIsAUserError() throws IOException {
        String f = write("e.py", "pass\n");
        Run r = molt("ir", "--passes=dcee", f);
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("molt: error: unknown pass 'dcee'"), r.err());
    }
}
