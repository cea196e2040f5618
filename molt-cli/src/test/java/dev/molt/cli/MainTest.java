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

/** Runs {@link Main} in-process and checks its output and exit status. */
class MainTest {
    /** What one run printed and returned. */
    record Run(int status, String out, String err) {
        void assertNoStackTrace() {
            assertFalse(err.contains("\tat ") || err.contains("Exception in thread"), "stack trace:\n" + err);
        }
    }

    static Run molt(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    // No f-strings: their inner positions differ between 3.11 (the oracle here) and 3.12.
    private static final String PROGRAM = """
            import sys

            @staticmethod
            def f(a, /, b=2, *c, d, **e) -> int:
                return (yield from a)

            class C(object, metaclass=type):
                x: int = 3
            total = 0
            for i in range(10):
                if i % 3 == 0 and not i > 7:
                    total += i ** 2
                elif i in (4, 5):
                    continue
            words = {k: len(k) for k in ['héllo', "wörld", 'x'] if k}
            print(total, sorted(words.items()), sys.argv[1:], -3.5e-3, 0x1F, b'\\x00')
            """;

    @Test
    void helpListsTheCommands() {
        Run r = molt("--help");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("Usage: molt "), r.out());
        assertTrue(r.out().contains("parse"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void everyCommandHasHelp() {
        Run r = molt("parse", "--help");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("Usage: molt parse "), r.out());
        assertTrue(r.out().contains("--attributes") && r.out().contains("--tokens"), r.out());

        Run h = molt("help", "parse");
        assertEquals(0, h.status(), h.err());
        assertEquals(r.out(), h.out());
    }

    @Test
    void versionNamesMoltAndPython() {
        Run r = molt("--version");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().matches("(?s)molt \\d+\\.\\d+\\.\\d+\\S*\nPython grammar 3\\.12; Java .*"), r.out());
    }

    @Test
    void unknownOptionIsAUsageError() {
        Run r = molt("parse", "--bogus", "x.py");
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("molt: error: Unknown option: '--bogus'"), r.err());
        assertTrue(r.err().contains("Try 'molt parse --help'"), r.err());
        r.assertNoStackTrace();
    }

    @Test
    void missingCommandOrFileIsAUsageError() {
        Run none = molt();
        assertEquals(2, none.status());
        assertTrue(none.err().startsWith("molt: error: missing command"), none.err());

        Run noFile = molt("parse");
        assertEquals(2, noFile.status());
        assertTrue(noFile.err().startsWith("molt: error: Missing required parameter"), noFile.err());
    }

    @Test
    void internalErrorIsOneLineWithoutAStackTrace() {
        StringWriter err = new StringWriter();
        int status = dev.molt.cli.internal.MoltCommand.internalError(
                new IllegalStateException("boom"), new PrintWriter(err, true));
        assertEquals(70, status);
        assertEquals("molt: internal error: java.lang.IllegalStateException: boom\n"
                + "(set MOLT_STACKTRACE=1 to see where)\n", err.toString());
    }

    @Test
    void unreadableFilesAreReportedAndTheOthersStillParsed() throws IOException {
        Path good = write("good.py", "x = 1\n");
        String missing = dir.resolve("no such.py").toString();
        Run r = molt("parse", missing, dir.toString(), good.toString());
        assertEquals(2, r.status());
        assertEquals("molt: error: cannot read " + missing + ": No such file or directory\n"
                + "molt: error: cannot read " + dir + ": Is a directory\n", r.err());
        assertEquals("==> " + missing + " <==\n==> " + dir + " <==\n==> " + good + " <==\n"
                + CPython.astDump(good, false), r.out());
        r.assertNoStackTrace();
    }

    @Test
    void parsePrintsWhatCPythonsAstDumpPrints() throws IOException {
        Path file = write("prog with space.py", PROGRAM);
        Run r = molt("parse", file.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("==> " + file + " <==\n" + CPython.astDump(file, false), r.out());
        assertEquals("", r.err());
    }

    @Test
    void attributesAddCPythonsPositions() throws IOException {
        Path file = write("prog.py", PROGRAM);
        Run r = molt("parse", "--attributes", file.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("==> " + file + " <==\n" + CPython.astDump(file, true), r.out());
    }

    @Test
    void syntaxErrorIsReportedAsCPythonDoesAndTheNextFileStillParsed() throws IOException {
        Path bad = write("bad.py", "x = 1\nprint(1 +)\n");
        Path good = write("good.py", "y = [1, 2]\n");
        Run r = molt("parse", bad.toString(), good.toString());
        assertEquals(2, r.status());
        assertEquals(CPython.syntaxError(bad, bad.toString()), r.err());
        assertEquals("==> " + bad + " <==\n==> " + good + " <==\n" + CPython.astDump(good, false), r.out());
        r.assertNoStackTrace();
    }

    @Test
    void tokensAreListedAsTheTokenizeModuleDoes() throws IOException {
        // No f-strings, and a trailing newline: there 3.11's tokenize module and 3.12's agree.
        // Non-ASCII text checks that columns are code points, as the tokenize module counts.
        Path file = write("toks.py", "x = 1\nif x:  # note\n\n    y = [x, 2.5, 'héllo']  # ü\n");
        Run r = molt("parse", "--tokens", file.toString());
        assertEquals(0, r.status(), r.err());
        String expected = CPython.run("import runpy, sys\n"
                + "sys.argv = ['tokenize', '-e', sys.argv[1]]\n"
                + "runpy.run_module('tokenize', run_name='__main__')\n", file.toString());
        assertEquals("==> " + file + " <==\n" + expected, r.out());
    }

    @Test
    void tokenizerErrorIsReportedAsCPythonDoes() throws IOException {
        Path bad = write("unterminated.py", "x = 1\ny = 'abc\n");
        Run r = molt("parse", "--tokens", bad.toString());
        assertEquals(2, r.status());
        assertEquals(CPython.syntaxError(bad, bad.toString()), r.err());
        assertEquals("==> " + bad + " <==\n", r.out());
        r.assertNoStackTrace();
    }
}
