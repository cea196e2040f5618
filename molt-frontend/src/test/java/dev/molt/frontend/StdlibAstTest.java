package dev.molt.frontend;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.frontend.ast.AstDump;
import dev.molt.frontend.internal.parser.AstOracle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Our parser against CPython's on every {@code .py} file of the machine's standard library
 * ({@code sysconfig.get_paths()['stdlib']}, all subfolders, except {@code site-packages}, which
 * holds third-party code).
 *
 * <p>For each file, {@code AstDump.dump(PythonParser.parse(f), true)} must equal CPython's
 * {@code ast.dump(ast.parse(src), include_attributes=True)}, printed by one long-lived
 * {@code tools/ast_oracle.py} process. A file CPython cannot parse must make our parser throw
 * {@link PySyntaxError}. All mismatches are collected and reported together, each with the
 * first differing column and context.
 *
 * <p>The oracle is the installed {@code python3} (3.11); our trees follow 3.12. Differences:
 * <ul>
 *   <li>3.12 adds {@code type_params=[]} to FunctionDef, AsyncFunctionDef and ClassDef: the
 *       oracle script adds it to 3.11's trees (mechanical).</li>
 *   <li>Positions of nodes nested inside a {@code JoinedStr} (f-string parts, replacement
 *       fields and the expressions in them): 3.11 gives them the whole f-string's span or
 *       positions from a re-parse, 3.12 (PEP 701) the real ones. Both dumps go through
 *       {@link AstOracle#stripJoinedStrInnerPositions}, which removes only those nodes'
 *       four position attributes; the JoinedStr's own position and the whole structure and
 *       values are still compared.</li>
 * </ul>
 * Tagged slow: about 1800 files, a minute or so with the oracle.
 */
@Tag("slow")
class StdlibAstTest {
    private static final String LONE_SURROGATES =
            "ConstantValue.Str holds a Java String: the two code points of '\\ud834\\udd1e' (two lone"
                + " surrogate escapes, distinct in Python) become one valid UTF-16 pair, printed as U+1D11E";

    /**
     * Files whose dumps differ only by a known gap outside the parser, in the fixed AST value
     * classes (reported to the lead with a proposed fix). These files are still compared in full,
     * after {@link #canonicalEscapes} on both dumps, which hides exactly that gap; any other
     * difference fails. Remove an entry once its cause is fixed.
     */
    static final java.util.Map<String, String> KNOWN_OUTSIDE_PARSER = java.util.Map.of(
            "test/test_capi/test_unicode.py", LONE_SURROGATES,
            "test/test_codeccallbacks.py", LONE_SURROGATES,
            "test/test_codecs.py", LONE_SURROGATES,
            "test/test_json/test_scanstring.py", LONE_SURROGATES,
            "test/test_sqlite3/test_userfunctions.py", LONE_SURROGATES,
            "test/test_unicode.py", LONE_SURROGATES,
            "test/test_stringprep.py",
            "PyRepr.isPrintable uses the JDK's Unicode 16 data: U+2FFC (assigned in Unicode 15.1) is"
                    + " printable for Java, but not for CPython 3.12 (Unicode 15.0), whose repr is '\\u2ffc'");

    /**
     * A dump with every non-ASCII character and every {@code \\u}/{@code \\U} escape written as
     * {@code \\U%08x} of its code point, a {@code \\uD8xx\\uDCxx} escape pair joined into one code
     * point: so a printable character and its escape, and a surrogate-pair escape and the
     * character it encodes, compare equal. An escaped backslash is left alone.
     */
    static String canonicalEscapes(String dump) {
        StringBuilder sb = new StringBuilder(dump.length());
        int n = dump.length();
        for (int i = 0; i < n; ) {
            char c = dump.charAt(i);
            if (c == '\\' && i + 1 < n) {
                char k = dump.charAt(i + 1);
                int digits = k == 'u' ? 4 : k == 'U' ? 8 : 0;
                if (digits == 0 || i + 2 + digits > n) {
                    sb.append(c).append(k);
                    i += 2;
                    continue;
                }
                int cp = Integer.parseInt(dump.substring(i + 2, i + 2 + digits), 16);
                i += 2 + digits;
                if (cp >= 0xD800 && cp < 0xDC00 && i + 6 <= n && dump.startsWith("\\u", i)) {
                    int lo = Integer.parseInt(dump.substring(i + 2, i + 6), 16);
                    if (lo >= 0xDC00 && lo < 0xE000) {
                        cp = Character.toCodePoint((char) cp, (char) lo);
                        i += 6;
                    }
                }
                sb.append(String.format("\\U%08x", cp));
                continue;
            }
            int cp = dump.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                sb.append((char) cp);
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        }
        return sb.toString();
    }

    /** The comparison of one file: null if it matches, else a description of the mismatch. */
    static String compare(AstOracle oracle, Path file) {
        return compare(oracle, file, d -> d);
    }

    /** As {@link #compare(AstOracle, Path)}, both dumps also going through {@code normalize}. */
    static String compare(AstOracle oracle, Path file, java.util.function.UnaryOperator<String> normalize) {
        return compareNormalized(oracle, file, d -> normalize.apply(AstOracle.stripJoinedStrInnerPositions(d)));
    }

    /** The comparison of one file, both dumps going through {@code normalize} and nothing else. */
    static String compareNormalized(AstOracle oracle, Path file, java.util.function.UnaryOperator<String> normalize) {
        String expected = oracle.dumpFile(file);
        String actual;
        try {
            actual = "OK " + AstDump.dump(PythonParser.parse(SourceFile.read(file)), true);
        } catch (PySyntaxError e) {
            if (expected.startsWith("ERR")) {
                return null;
            }
            return file + ": we raised " + e.kind() + ": " + e.msg() + " at " + e.lineno() + ":" + e.offset()
                    + ", CPython parsed it";
        } catch (IOException e) {
            return file + ": cannot read: " + e;
        } catch (RuntimeException | StackOverflowError e) {
            return file + ": we threw " + e;
        }
        if (expected.startsWith("ERR")) {
            return file + ": we parsed it, CPython: " + expected;
        }
        String a = normalize.apply(actual);
        String b = normalize.apply(expected);
        if (a.equals(b)) {
            return null;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 150);
        return file + ": first difference at column " + i + "\n    ours:    ..."
                + a.substring(from, Math.min(a.length(), i + 100)) + "\n    CPython: ..."
                + b.substring(from, Math.min(b.length(), i + 100));
    }

    @Test
    void everyStdlibFileParsesLikeCPython() throws Exception {
        List<Path> files = AstOracle.stdlibFiles();
        assertTrue(files.size() > 1000, "expected the whole stdlib, found " + files.size() + " files");
        Path root = AstOracle.stdlib();
        List<String> mismatches = new ArrayList<>();
        try (AstOracle oracle = new AstOracle()) {
            for (Path f : files) {
                String m = compare(oracle, f);
                if (m == null) {
                    continue;
                }
                String known = KNOWN_OUTSIDE_PARSER.get(root.relativize(f).toString().replace('\\', '/'));
                if (known != null && compare(oracle, f, StdlibAstTest::canonicalEscapes) == null) {
                    System.out.println("known difference (" + known + "): " + f);
                } else {
                    mismatches.add(m);
                }
            }
        }
        assertTrue(mismatches.isEmpty(), mismatches.size() + " of " + files.size()
                + " files differ from CPython:\n" + String.join("\n", mismatches));
    }

    /**
     * The same comparison against a real CPython 3.12, with every position compared (no f-string
     * exclusion): runs when {@code -Dmolt.python312=/path/to/python3.12} is given or a working
     * {@code python3.12} is on the PATH, and is skipped otherwise. The 3.11 oracle remains the
     * one CI relies on; this one checks what 3.11 cannot (PEP 701 positions).
     *
     * <p>Besides {@link #KNOWN_OUTSIDE_PARSER}, one normalisation, for CPython 3.12.0/3.12.1 only:
     * their {@code _PyPegen_setup_full_format_spec} keeps the empty FSTRING_MIDDLE that ends a
     * format spec whose last part is a replacement field ({@code f'{x:>{w}}'} gives
     * {@code format_spec=JoinedStr([Constant('>'), FormattedValue(w), Constant('')])}); later
     * CPython drops empty constants there, as 3.11 does, and so do we. Both dumps lose a
     * {@code , Constant(value='', ...)} that closes a list.
     */
    @Test
    void everyStdlibFileParsesLikeCPython312() throws Exception {
        String python = AstOracle.findPython312();
        org.junit.jupiter.api.Assumptions.assumeTrue(python != null,
                "no CPython 3.12: give -Dmolt.python312=/path/to/python3.12");
        List<Path> files = AstOracle.stdlibFiles();
        Path root = AstOracle.stdlib();
        java.util.function.UnaryOperator<String> trailingEmpty = d -> d.replaceAll(
                ", Constant\\(value='', lineno=\\d+, col_offset=\\d+, end_lineno=\\d+, end_col_offset=\\d+\\)\\]", "]");
        List<String> mismatches = new ArrayList<>();
        try (AstOracle oracle = new AstOracle(python)) {
            for (Path f : files) {
                String m = compareNormalized(oracle, f, trailingEmpty);
                if (m == null) {
                    continue;
                }
                String known = KNOWN_OUTSIDE_PARSER.get(root.relativize(f).toString().replace('\\', '/'));
                if (known == null || compareNormalized(oracle, f, d -> canonicalEscapes(trailingEmpty.apply(d))) != null) {
                    mismatches.add(m);
                }
            }
        }
        assertTrue(mismatches.isEmpty(), mismatches.size() + " of " + files.size()
                + " files differ from CPython 3.12:\n" + String.join("\n", mismatches));
    }
}
