package dev.molt.frontend.internal.lexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/**
 * {@link Unicode}'s identifier and printable predicates against CPython 3.12's
 * {@code str.isidentifier} and {@code str.isprintable} for every code point, U+0000 to U+10FFFF,
 * assigned or not (Unicode 15.0; the JDK's own data is a later Unicode and differs on thousands).
 */
class UnicodeTest {
    /** Prints, per predicate, the code points where its value changes (from False at U+0000). */
    private static final String SCRIPT = """
            def runs(f):
                out, prev = [], False
                for cp in range(0x110000):
                    v = f(chr(cp))
                    if v != prev:
                        out.append(cp)
                        prev = v
                return ' '.join(map(str, out))
            print(runs(str.isidentifier))
            print(runs(lambda c: ('a' + c).isidentifier()))
            print(runs(str.isprintable))
            """;

    @Test
    void agreesWithCPython312OnEveryCodePoint() {
        assumeTrue(PythonOracle.is312(), "needs CPython 3.12 (Unicode 15.0) as the oracle");
        String[] lines = PythonOracle.run(SCRIPT, "").trim().split("\n");
        assertEquals(3, lines.length);
        List<String> diffs = new ArrayList<>();
        compare("isidentifier", lines[0], Unicode::isIdentifierStart, diffs);
        compare("('a'+c).isidentifier", lines[1], Unicode::isIdentifierPart, diffs);
        compare("isprintable", lines[2], Unicode::isPrintable, diffs);
        assertEquals(List.of(), diffs);
    }

    private static void compare(String what, String boundaries, IntPredicate ours, List<String> diffs) {
        String[] parts = boundaries.split(" ");
        int k = 0;
        for (int cp = 0; cp < 0x110000; cp++) {
            while (k < parts.length && Integer.parseInt(parts[k]) <= cp) {
                k++;
            }
            boolean python = (k & 1) == 1;
            if (python != ours.test(cp) && diffs.size() < 20) {
                diffs.add(String.format("%s U+%04X python=%s ours=%s", what, cp, python, !python));
            }
        }
    }
}
