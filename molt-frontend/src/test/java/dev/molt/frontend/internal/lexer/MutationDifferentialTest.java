package dev.molt.frontend.internal.lexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.molt.frontend.PySyntaxError;
import dev.molt.frontend.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Differential test against CPython 3.12's {@code compile()} on mutated standard-library code:
 * snippets of real files with a few random edits (quotes, brackets, backslashes, tabs, f-string
 * pieces, odd characters). Whenever CPython accepts a snippet we must tokenize it; whenever
 * CPython reports a tokenizer error we must report the same error (kind, message, line, offset,
 * end). Parser errors (including those inside f-strings, which CPython prefers to later tokenizer
 * errors) are the parser's business and not compared. Deterministic (fixed seeds).
 */
class MutationDifferentialTest {
    private static final String[] INSERTS = {
        "'", "\"", "\"\"\"", "'''", "{", "}", "(", ")", "[", "]", "\\", "\n", "\t", "  ", "#", "f'", "f\"{", "!",
        ":", "=", "0", "_", "é", "\u00a0", "$", "\r", "{{", "}}", "0x", "1e", "0o9", "€", "f'{x!r:{y}}'",
        "\\\n", "  \t", "\f", "0_", "1j", ".5", "rb'", "u'",
    };

    private static final String[] TOKENIZER_MESSAGES = {
        "unterminated", "unmatched", "closing parenthesis", "was never closed", "invalid character",
        "invalid non-printable", "invalid decimal literal", "invalid hexadecimal", "invalid octal",
        "invalid binary", "invalid digit", "invalid imaginary", "leading zeros",
        "unexpected character after line continuation", "unexpected EOF", "unindent does not match",
        "inconsistent use of tabs", "too many", "f-string: single '}'", "f-string: expecting '}'",
        "f-string: unmatched", "f-string: expressions nested", "source code cannot contain",
    };

    @Test
    void mutatedStdlibSnippets() {
        run(1, 600);
    }

    @Test
    @Tag("slow")
    void manyMutatedStdlibSnippets() {
        for (int seed = 2; seed < 8; seed++) {
            run(seed, 2500);
        }
    }

    private static void run(long seed, int count) {
        assumeTrue(PythonOracle.is312(), "needs CPython 3.12 as the oracle");
        List<String> base = baseLines();
        Random rnd = new Random(seed);
        List<byte[]> sources = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int from = rnd.nextInt(base.size() - 12);
            int n = 3 + rnd.nextInt(10);
            String text = dedent(base.subList(from, from + n)) + "\n";
            int edits = 1 + rnd.nextInt(3);
            for (int e = 0; e < edits; e++) {
                int p = rnd.nextInt(text.length() + 1);
                int q = Math.min(text.length(), p + rnd.nextInt(5));
                text = text.substring(0, p) + INSERTS[rnd.nextInt(INSERTS.length)] + text.substring(q);
            }
            sources.add(text.getBytes(StandardCharsets.UTF_8));
        }
        List<PythonOracle.Answer> answers = PythonOracle.askSources(sources);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String py = answers.get(i).error();
            String ours;
            try {
                Lexer.tokenize(SourceText.decode(new SourceFile("x.py", sources.get(i))), false);
                ours = "OK";
            } catch (PySyntaxError e) {
                ours = e.kind() + "|" + e.msg() + "|" + e.lineno() + "|" + e.offset() + "|" + e.endLineno() + "|"
                        + e.endOffset() + "|" + PythonOracle.reprOrNone(e.text());
            }
            boolean compare = py.equals("OK") || isTokenizerMessage(py);
            int textAt = py.lastIndexOf('|');
            if (compare && textAt > 0 && py.substring(textAt).contains("\\n")) {
                // compile() of a string shows the text from CPython's tok->buf, which can span
                // lines after a multi-line token; running a file shows the one line, as we do.
                py = py.substring(0, textAt);
                ours = ours.substring(0, Math.max(0, ours.lastIndexOf('|')));
            }
            if (compare && !py.equals(ours) && failures.size() < 10) {
                failures.add(TokenFormatter.repr(new String(sources.get(i), StandardCharsets.UTF_8))
                        + "\n   CPython: " + py + "\n   ours:    " + ours);
            }
        }
        assertEquals("", String.join("\n", failures));
    }

    private static boolean isTokenizerMessage(String answer) {
        String[] parts = answer.split("\\|", 3);
        if (parts.length < 2) {
            return false;
        }
        if (parts[1].startsWith("f-string: expecting") && !parts[1].equals("f-string: expecting '}'")) {
            return false; // the parser's f-string messages ("expecting '}', or format specs", ...)
        }
        for (String m : TOKENIZER_MESSAGES) {
            if (parts[1].startsWith(m)) {
                return true;
            }
        }
        return false;
    }

    private static String dedent(List<String> lines) {
        int common = Integer.MAX_VALUE;
        for (String l : lines) {
            if (l.isBlank()) {
                continue;
            }
            int k = 0;
            while (k < l.length() && l.charAt(k) == ' ') {
                k++;
            }
            common = Math.min(common, k);
        }
        StringBuilder sb = new StringBuilder();
        for (String l : lines) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(l.isBlank() || common == Integer.MAX_VALUE ? l.strip() : l.substring(Math.min(common, l.length())));
        }
        return sb.toString();
    }

    private static List<String> baseLines() {
        List<String> lines = new ArrayList<>();
        List<Path> all = StdlibTokenizeTest.stdlibFiles();
        for (String name : new String[] {"textwrap.py", "string.py", "test_fstring.py", "_pydecimal.py",
                "test_grammar.py", "tokenize.py"}) {
            for (Path p : all) {
                if (p.getFileName().toString().equals(name)) {
                    try {
                        lines.addAll(List.of(Files.readString(p, StandardCharsets.UTF_8).split("\n", -1)));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    break;
                }
            }
        }
        return lines;
    }
}
