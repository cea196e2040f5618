package dev.molt.frontend;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.frontend.ast.Module;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.Size;

/**
 * The parser on hostile input: whatever the bytes, {@link PythonParser#parse} returns a
 * {@link Module} or throws {@link PySyntaxError} — never another exception (no
 * {@code IndexOutOfBoundsException}, no {@code StackOverflowError}, no
 * {@code UnsupportedOperationException}), and never hangs (each input gets
 * {@value #TIMEOUT_SECONDS} s).
 *
 * <p>Three sources of input: random bytes; random "token soup" drawn from Python's keywords,
 * operators, brackets, literals, f-string pieces, newlines and indentation, which gets deeper
 * into the parser than random bytes do; and real code, the machine's CPython standard library,
 * damaged by random edits (delete, duplicate or swap a lexical unit, cut the file at a line,
 * insert stray indentation, flip a byte). Tries are bounded so the class runs in well under a
 * minute.
 */
class ParserFuzzTest {
    static final long TIMEOUT_SECONDS = 5;

    /**
     * Parses {@code bytes}; fails the property on anything but a Module or a PySyntaxError.
     *
     * @return {@code "module"} or {@code "syntax error"}, for jqwik's statistics
     */
    static String parseSafely(byte[] bytes) {
        SourceFile source = new SourceFile("<fuzz>", bytes);
        return assertTimeoutPreemptively(Duration.ofSeconds(TIMEOUT_SECONDS), () -> {
            try {
                Module m = PythonParser.parse(source);
                assertNotNull(m, "parse returned null");
                return "module";
            } catch (PySyntaxError e) {
                // Also a diagnostic must be printable.
                assertTrue(e.lineno() >= 0 && e.offset() >= 0, "negative position: " + e);
                assertNotNull(e.format());
                return "syntax error";
            }
        }, () -> "parser hung (over " + TIMEOUT_SECONDS + " s) on input of " + bytes.length + " bytes");
    }

    // ---- (a) random bytes -------------------------------------------------------------------

    @Property(tries = 1000, shrinking = ShrinkingMode.BOUNDED)
    void randomBytes(@ForAll @Size(max = 600) byte[] bytes) {
        parseSafely(bytes);
    }

    @Property(tries = 1000, shrinking = ShrinkingMode.BOUNDED)
    void randomPrintableText(@ForAll("pythonishChars") String text) {
        parseSafely(text.getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<String> pythonishChars() {
        return Arbitraries.strings()
                .withChars(" \t\n\r\f\\#'\"()[]{}:;,.=+-*/%@&|^~<>!$?`_0123456789abcdefjxoXEeLrbufRBUF")
                .withCharRange('\u00a0', '\u00ff')
                .withChars('\u20ac', '\u00e9', '\u4e2d', '\ufeff')
                .ofMaxLength(300);
    }

    // ---- token soup ---------------------------------------------------------------------------

    private static final List<String> UNITS = List.of(
            "def", "class", "if", "elif", "else", "for", "while", "in", "not", "and", "or", "is",
            "return", "yield", "from", "import", "as", "with", "async", "await", "try", "except",
            "finally", "raise", "lambda", "global", "nonlocal", "del", "pass", "break", "continue",
            "assert", "match", "case", "type", "_", "None", "True", "False",
            "x", "y", "f", "print", "self", "0", "1", "10_000", "0x1F", "0o7", "1.5e-3", "2j", "0b",
            "'s'", "\"t\"", "b'\\x00'", "r'\\d'", "'''doc'''", "f'", "f\"", "'", "\"", "{", "}",
            "{x!r:>{w}}", "f'{x=}'", "f'{", "(", ")", "[", "]", ":", ",", ";", ".", "...", "=", "==",
            ":=", "->", "+", "-", "*", "**", "/", "//", "%", "@", "<", ">", "<=", "!=", "<<", "+=",
            "|", "&", "^", "~", "!", "\\", "\\\n", "#c", " ", " ", "  ", "\t", "\n", "\n", "\n    ",
            "\n        ", "\n  ", "\n\t", "\r\n", "é", "€", "\u00a0");

    @Property(tries = 3000, shrinking = ShrinkingMode.BOUNDED)
    void tokenSoup(@ForAll("soup") String text) {
        parseSafely(text.getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<String> soup() {
        return Arbitraries.of(UNITS).list().ofMaxSize(120)
                .map(units -> String.join(" ", units.stream().map(u -> u.equals(" ") ? "" : u).toList()));
    }

    // ---- (b) mutated standard library files -------------------------------------------------

    /** One edit of a file; positions are taken modulo the file's size when applied. */
    enum Edit { DELETE_UNIT, DUPLICATE_UNIT, SWAP_UNITS, CUT_AT_LINE, STRAY_INDENT, FLIP_BYTE }

    record Mutation(Edit edit, int a, int b) {}

    record Case(Path file, List<Mutation> mutations) {
        @Override
        public String toString() {
            return file + " " + mutations;
        }
    }

    @Property(tries = 600, shrinking = ShrinkingMode.BOUNDED)
    void mutatedStdlib(@ForAll("mutatedFiles") Case c) throws IOException {
        byte[] bytes = Files.readAllBytes(c.file());
        for (Mutation m : c.mutations()) {
            bytes = apply(bytes, m);
        }
        Statistics.collect(parseSafely(bytes));
        // Guards against a degenerate pass: damaged real code must sometimes still parse
        // (an edit in a comment, a duplicated space) and sometimes not.
        Statistics.coverage(check -> {
            check.check("module").percentage(p -> p >= 3);
            check.check("syntax error").percentage(p -> p >= 30);
        });
    }

    @Provide
    Arbitrary<Case> mutatedFiles() {
        Arbitrary<Mutation> mutation = Combinators.combine(
                Arbitraries.of(Edit.class),
                Arbitraries.integers().between(0, Integer.MAX_VALUE),
                Arbitraries.integers().between(0, Integer.MAX_VALUE)).as(Mutation::new);
        return Combinators.combine(Arbitraries.of(StdlibFiles.SMALL), mutation.list().ofMinSize(1).ofMaxSize(6))
                .as(Case::new);
    }

    /** Applies one edit. A "unit" is a run of identifier characters, of digits, of spaces, or one other byte. */
    static byte[] apply(byte[] src, Mutation m) {
        if (src.length == 0) {
            return src;
        }
        int n = src.length;
        int p = m.a() % n;
        ByteArrayOutputStream out = new ByteArrayOutputStream(n + 64);
        switch (m.edit()) {
            case DELETE_UNIT -> {
                int end = unitEnd(src, p);
                out.write(src, 0, p);
                out.write(src, end, n - end);
            }
            case DUPLICATE_UNIT -> {
                int end = unitEnd(src, p);
                out.write(src, 0, end);
                out.write(src, p, n - p);
            }
            case SWAP_UNITS -> {
                int e1 = unitEnd(src, p);
                if (e1 >= n) {
                    return src;
                }
                int e2 = unitEnd(src, e1);
                out.write(src, 0, p);
                out.write(src, e1, e2 - e1);
                out.write(src, p, e1 - p);
                out.write(src, e2, n - e2);
            }
            case CUT_AT_LINE -> {
                int nl = p;
                while (nl < n && src[nl] != '\n') {
                    nl++;
                }
                out.write(src, 0, nl);
            }
            case STRAY_INDENT -> {
                int bol = p;
                while (bol > 0 && src[bol - 1] != '\n') {
                    bol--;
                }
                out.write(src, 0, bol);
                byte[] indent = switch (m.b() % 4) {
                    case 0 -> " ".getBytes(StandardCharsets.US_ASCII);
                    case 1 -> "    ".getBytes(StandardCharsets.US_ASCII);
                    case 2 -> "\t".getBytes(StandardCharsets.US_ASCII);
                    default -> " \t  ".getBytes(StandardCharsets.US_ASCII);
                };
                out.writeBytes(indent);
                out.write(src, bol, n - bol);
            }
            case FLIP_BYTE -> {
                byte[] copy = src.clone();
                copy[p] = (byte) (copy[p] ^ (1 << (m.b() % 8)));
                return copy;
            }
        }
        return out.toByteArray();
    }

    private static int unitEnd(byte[] s, int p) {
        int n = s.length;
        int c = s[p] & 0xff;
        int i = p + 1;
        if (isIdent(c)) {
            while (i < n && isIdent(s[i] & 0xff)) {
                i++;
            }
        } else if (c == ' ') {
            while (i < n && s[i] == ' ') {
                i++;
            }
        }
        return i;
    }

    private static boolean isIdent(int c) {
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
    }

    // ---- fixed hostile inputs ---------------------------------------------------------------

    @Example
    void deeplyNestedBracketsAreASyntaxError() {
        // CPython's tokenizer allows 200 nested brackets (MAXLEVEL, Parser/tokenizer.h), then
        // reports "too many nested parentheses".
        for (String open : List.of("(", "[", "{")) {
            byte[] src = (open.repeat(100_000) + "\n").getBytes(StandardCharsets.US_ASCII);
            parseSafely(src);
            assertThrows(PySyntaxError.class, () -> PythonParser.parse(new SourceFile("<deep>", src)));
        }
    }

    @Example
    void deeplyNestedBlocksAndOperatorsAreHandled() {
        StringBuilder blocks = new StringBuilder();
        for (int i = 0; i < 150; i++) {
            blocks.append("    ".repeat(i)).append("if x:\n");
        }
        blocks.append("    ".repeat(150)).append("pass\n");
        parseSafely(blocks.toString().getBytes(StandardCharsets.US_ASCII));
        parseSafely(("x = " + "-".repeat(50_000) + "1\n").getBytes(StandardCharsets.US_ASCII));
        parseSafely(("x = " + "not ".repeat(20_000) + "y\n").getBytes(StandardCharsets.US_ASCII));
        parseSafely(("x = 1" + " + 1".repeat(50_000) + "\n").getBytes(StandardCharsets.US_ASCII));
        parseSafely(("x = a" + ".b".repeat(50_000) + "\n").getBytes(StandardCharsets.US_ASCII));
        parseSafely(("f" + "(x)".repeat(50_000) + "\n").getBytes(StandardCharsets.US_ASCII));
        parseSafely(("x = " + "lambda: ".repeat(20_000) + "0\n").getBytes(StandardCharsets.US_ASCII));
        parseSafely(("x = '''" + "a\n".repeat(10_000)).getBytes(StandardCharsets.US_ASCII));
    }

    /** The standard library's .py files of at most 64 KiB (site-packages excluded), found once. */
    static final class StdlibFiles {
        static final List<Path> SMALL = find();

        private static List<Path> find() {
            try {
                Process p = new ProcessBuilder("python3", "-c",
                        "import sysconfig;print(sysconfig.get_paths()['stdlib'])").start();
                String root = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0 || root.isEmpty()) {
                    throw new AssertionError("python3 did not print its stdlib path");
                }
                try (Stream<Path> walk = Files.walk(Path.of(root))) {
                    List<Path> files = walk
                            .filter(f -> f.toString().endsWith(".py") && !f.toString().contains("/site-packages/"))
                            .filter(f -> {
                                try {
                                    return Files.isRegularFile(f) && Files.size(f) <= 64 * 1024;
                                } catch (IOException e) {
                                    return false;
                                }
                            })
                            .sorted()
                            .toList();
                    if (files.isEmpty()) {
                        throw new AssertionError("no .py files under " + root);
                    }
                    return files;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot run python3 to find the stdlib", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
