package dev.molt.frontend.internal.lexer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.frontend.PySyntaxError;
import dev.molt.frontend.SourceFile;
import dev.molt.frontend.Token;
import dev.molt.frontend.TokenType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Our {@code tokenize -e} listing of every file of the oracle Python's standard library (without
 * site-packages) against CPython's; and every file CPython compiles must tokenize without error in
 * parser mode. One Python process per run.
 *
 * <p>Skipped files, with the reason:
 * <ul>
 *   <li>files containing {@code \r}: our tokens are positioned in the normalized text (CRLF and CR
 *       become LF, as the parser sees it), while {@code tokenize} keeps {@code '\r\n'} in NEWLINE/NL;
 *   <li>files {@code compile()} rejects (Python 2 grammar test data, deliberate bad syntax): the
 *       {@code tokenize} module is lenient there in ways that do not concern the parser.
 * </ul>
 * Only with a CPython 3.11 oracle (no 3.12 installed), where {@code tokenize} is the pure-Python
 * module rather than 3.12's C tokenizer, also skipped:
 * <ul>
 *   <li>files with f-strings (3.11 gives one STRING token; 3.12 gives FSTRING_START/MIDDLE/END);
 *   <li>files with non-ASCII bytes (3.12's {@code tokenize} converts the end column of a
 *       multi-line string using the string's first line, which our listing reproduces and 3.11
 *       does not);
 *   <li>files where 3.11 yields ERRORTOKEN.
 * </ul>
 */
class StdlibTokenizeTest {

    @Test
    void sampleOfStdlibMatchesCPython() {
        compare(10);
    }

    @Test
    @Tag("slow")
    void wholeStdlibMatchesCPython() {
        compare(1);
    }

    private static void compare(int every) {
        List<Path> all = stdlibFiles();
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < all.size(); i += every) {
            files.add(all.get(i));
        }
        List<PythonOracle.Answer> answers = PythonOracle.askFiles(files);
        boolean is312 = PythonOracle.is312();
        List<String> failures = new ArrayList<>();
        int compared = 0;
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            PythonOracle.Answer a = answers.get(i);
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (!a.error().equals("OK") || contains(bytes, (byte) '\r')) {
                continue;
            }
            SourceFile file = new SourceFile(f.toString(), bytes);
            SourceText text = SourceText.decode(file);
            List<Token> parserTokens;
            List<Token> extraTokens;
            try {
                parserTokens = Lexer.tokenize(text, false);
                extraTokens = Lexer.tokenize(text, true);
            } catch (PySyntaxError e) {
                failures.add(f + ": unexpected " + e.getMessage());
                continue;
            }
            if (!is312 && (a.tokens().contains("ERRORTOKEN") || !text.isAscii()
                    || parserTokens.stream().anyMatch(t -> t.type() == TokenType.FSTRING_START))) {
                continue;
            }
            String ours = TokenFormatter.format(extraTokens, text);
            compared++;
            if (!ours.equals(a.tokens())) {
                failures.add(f + ": first difference at " + firstDifference(a.tokens(), ours));
            }
        }
        assertTrue(compared > files.size() / 2, "too few files compared: " + compared + " of " + files.size());
        assertTrue(failures.isEmpty(), failures.size() + " files differ, e.g.\n"
                + String.join("\n", failures.subList(0, Math.min(10, failures.size()))));
    }

    private static boolean contains(byte[] b, byte x) {
        for (byte v : b) {
            if (v == x) {
                return true;
            }
        }
        return false;
    }

    private static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.min(e.length, a.length); i++) {
            if (!e[i].equals(a[i])) {
                return "listing line " + (i + 1) + "\n  CPython: " + e[i] + "\n  ours:    " + a[i];
            }
        }
        return "listing length " + e.length + " vs " + a.length;
    }

    /** The oracle Python's stdlib .py files, without site-packages, sorted. */
    static List<Path> stdlibFiles() {
        try {
            Process p = new ProcessBuilder(PythonOracle.python(), "-c",
                    "import sysconfig;print(sysconfig.get_paths()['stdlib'])").start();
            String dir = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            p.waitFor(60, TimeUnit.SECONDS);
            try (Stream<Path> s = Files.walk(Path.of(dir))) {
                return s.filter(x -> x.toString().endsWith(".py"))
                        .filter(x -> !x.toString().contains("site-packages"))
                        .filter(Files::isRegularFile)
                        .sorted()
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
