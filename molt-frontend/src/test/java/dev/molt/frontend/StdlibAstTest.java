package dev.molt.frontend;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.frontend.ast.AstDump;
import dev.molt.frontend.internal.parser.AstOracle;
import dev.molt.frontend.testing.Oracles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Our parser against CPython's on every {@code .py} file of the machine's standard library
 * ({@code sysconfig.get_paths()['stdlib']} of python3, all subfolders, except {@code site-packages},
 * which holds third-party code).
 *
 * <p>For each file, {@code AstDump.dump(PythonParser.parse(f), true)} must equal CPython's
 * {@code ast.dump(ast.parse(src), include_attributes=True)}, printed by one long-lived
 * {@code tools/ast_oracle.py} process. A file CPython cannot parse must make our parser throw
 * {@link PySyntaxError}. All mismatches are collected and reported together, each with the
 * first differing column and context.
 *
 * <p>Two runs. {@link #everyStdlibFileParsesLikeCPython312} compares exactly with CPython 3.12
 * ({@link Oracles#python312()}; skipped when there is none), the version our trees follow.
 * {@link #everyStdlibFileParsesLikeCPython} compares with the installed {@code python3} (3.11),
 * which needs only real 3.11-vs-3.12 differences set aside, each as narrowly as possible:
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
 * Nothing else is set aside. In particular str reprs compare exactly: 3.11 uses Unicode 14.0 and
 * 3.12 Unicode 15.0, which differ in {@code str.isprintable()} (so in {@code repr()}) on 4482 code
 * points, but no file of the 3.11 standard library holds one of them in a string constant; should
 * one appear, the mismatch shows it as a raw character against a {@code &#92;u} escape.
 * Tagged slow: about 1800 files, a minute or so per run.
 */
@Tag("slow")
class StdlibAstTest {
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
        List<String> mismatches = new ArrayList<>();
        try (AstOracle oracle = new AstOracle()) {
            for (Path f : files) {
                String m = compare(oracle, f);
                if (m != null) {
                    mismatches.add(m);
                }
            }
        }
        assertTrue(mismatches.isEmpty(), mismatches.size() + " of " + files.size()
                + " files differ from CPython:\n" + String.join("\n", mismatches));
    }

    /**
     * The same comparison against CPython 3.12 ({@link Oracles#python312()}), with every position
     * and every character compared: runs when a 3.12 is found, and is skipped otherwise.
     *
     * <p>One normalisation, for CPython 3.12.0/3.12.1 only: their
     * {@code _PyPegen_setup_full_format_spec} keeps the empty FSTRING_MIDDLE that ends a format spec
     * whose last part is a replacement field ({@code f'{x:>{w}}'} gives
     * {@code format_spec=JoinedStr([Constant('>'), FormattedValue(w), Constant('')])}); later
     * CPython drops empty constants there, as 3.11 does, and so do we. When the oracle is one of
     * those two versions, both dumps lose a {@code , Constant(value='', ...)} that closes a list.
     */
    @Test
    void everyStdlibFileParsesLikeCPython312() throws Exception {
        String python = Oracles.python312();
        org.junit.jupiter.api.Assumptions.assumeTrue(python != null,
                "no CPython 3.12: give -Dmolt.python312=/path/to/python3.12");
        List<Path> files = AstOracle.stdlibFiles();
        java.util.function.UnaryOperator<String> trailingEmpty = exactVersion(python).matches("3\\.12\\.[01]")
                ? d -> d.replaceAll(", Constant\\(value='', lineno=\\d+, col_offset=\\d+, end_lineno=\\d+,"
                        + " end_col_offset=\\d+\\)\\]", "]")
                : d -> d;
        List<String> mismatches = new ArrayList<>();
        try (AstOracle oracle = new AstOracle(python)) {
            for (Path f : files) {
                String m = compareNormalized(oracle, f, trailingEmpty);
                if (m != null) {
                    mismatches.add(m);
                }
            }
        }
        assertTrue(mismatches.isEmpty(), mismatches.size() + " of " + files.size()
                + " files differ from CPython 3.12:\n" + String.join("\n", mismatches));
    }

    /** {@code major.minor.micro} of an interpreter. */
    private static String exactVersion(String python) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(python, "-c", "import platform;print(platform.python_version())")
                .redirectErrorStream(true).start();
        String v = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
        p.waitFor();
        return v;
    }
}
