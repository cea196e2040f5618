package dev.molt.frontend.internal.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.frontend.PySyntaxError;
import dev.molt.frontend.PythonParser;
import dev.molt.frontend.SourceFile;
import dev.molt.frontend.ast.AstDump;
import dev.molt.frontend.testing.Oracles;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * PEP 701 f-strings against a real CPython 3.12 (only when one is available, see
 * {@link Oracles#python312}; skipped otherwise, as python3 here is 3.11): random f-strings
 * built from a fixed seed (all prefixes and quotes, nested f-strings with the same quotes,
 * self-documenting fields, conversions, nested format specs, escapes, implicit concatenation,
 * and some with one character deleted) must be accepted or rejected as CPython 3.12 does, with
 * the same tree, every position included, when accepted.
 *
 * <p>One normalisation: CPython 3.12.0/3.12.1 keep empty constants around replacement fields in a
 * format spec ({@code f'{x:{w}}'} has {@code format_spec=JoinedStr([FormattedValue(w),
 * Constant('')])}); later CPython drops them, as 3.11 does and we do, so both dumps drop every
 * {@code Constant(value='', ...)} that is a list element.
 */
class FStringDifferentialTest {
    static final int CASES = 1500;
    private static final Pattern EMPTY_CONSTANT = Pattern.compile(
            "Constant\\(value='', lineno=\\d+, col_offset=\\d+, end_lineno=\\d+, end_col_offset=\\d+\\)(, )?");
    private static final String[] ATOMS = {
        "x", "y.z", "'s'", "\"d\"", "1", "f(a)", "a[1]", "(1, 2)", "[i for i in r]", "x if y else z",
        "lambda: 1", "{1: 2}", "{a}", "*a", "yield", "await x", "a + b", "not a", "\"\\n\"", "'\\\\'",
        "f\"{x}\"", "f'{x!r}'", "b\"x\"", "(lambda: 1)", "a == b", "x.y(z=1)",
    };
    private static final String[] SPECS = {
        "", ":>10", ":{w}", ":{w}.{p}f", "!r", "!s:^5", "=", " = ", "=!r", "=:>4", ":%Y-%m-%d", ":{\"x\"}",
        ":{{}}", "!a:{w}", ":{x:{y}}",
    };
    private static final String[] TEXT = {"abc", "{{", "}}", " ", "\\n", "\\t", "é", "\\x41", "\\N{BULLET}", "%", "'", "\""};
    private static final String[] QUOTES = {"\"", "'", "\"\"\"", "'''"};
    private static final String[] PREFIXES = {"f", "F", "rf", "fR", "f", "f"};

    @Test
    void fStringsParseLikeCPython312() {
        String python = Oracles.python312();
        Assumptions.assumeTrue(python != null, "no CPython 3.12: give -Dmolt.python312=/path/to/python3.12");
        Random random = new Random(701L);
        List<String> diffs = new ArrayList<>();
        int accepted = 0;
        try (AstOracle oracle = new AstOracle(python)) {
            for (int i = 0; i < CASES; i++) {
                String src = randomFString(random);
                String expected = normalize(oracle.dumpSource(src));
                String actual;
                try {
                    actual = "OK " + AstDump.dump(PythonParser.parse(SourceFile.of("<unknown>", src)), true);
                } catch (PySyntaxError e) {
                    actual = "ERR";
                }
                actual = normalize(actual);
                if (expected.startsWith("ERR") && actual.startsWith("ERR")) {
                    continue;
                }
                if (expected.startsWith("OK")) {
                    accepted++;
                }
                if (!expected.equals(actual)) {
                    diffs.add(src + "\n    CPython 3.12: " + expected + "\n    ours:         " + actual);
                }
            }
        }
        assertTrue(accepted > CASES / 3, "too few valid inputs: " + accepted);
        assertTrue(diffs.isEmpty(), diffs.size() + " f-strings differ:\n" + String.join("\n", diffs));
    }

    private static String normalize(String dump) {
        return dump.startsWith("ERR") ? "ERR" : EMPTY_CONSTANT.matcher(dump).replaceAll("").replace(", ]", "]");
    }

    static String randomFString(Random r) {
        String q = QUOTES[r.nextInt(QUOTES.length)];
        StringBuilder body = new StringBuilder();
        int parts = 1 + r.nextInt(3);
        for (int i = 0; i < parts; i++) {
            if (r.nextInt(10) < 3) {
                body.append(TEXT[r.nextInt(TEXT.length)]);
            } else {
                String e = ATOMS[r.nextInt(ATOMS.length)];
                if (r.nextInt(5) == 0) {
                    e = e + " " + new String[] {"+", "and", "==", "or", "*"}[r.nextInt(5)] + " " + ATOMS[r.nextInt(ATOMS.length)];
                }
                body.append('{').append(e).append(SPECS[r.nextInt(SPECS.length)]).append('}');
            }
        }
        String s = PREFIXES[r.nextInt(PREFIXES.length)] + q + body + q;
        if (r.nextInt(10) < 3) {
            s = new String[] {"\"a\" ", "u'b' ", "f'c{d}' "}[r.nextInt(3)] + s;
        }
        if (r.nextInt(5) == 0) {
            s = "x = " + s;
        }
        if (r.nextInt(7) == 0) {
            int i = r.nextInt(s.length());
            s = s.substring(0, i) + s.substring(i + 1);
        }
        return s;
    }
}
