package dev.molt.frontend.internal.lexer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Unicode}'s identifier and printable predicates against CPython's {@code str.isidentifier}
 * and {@code str.isprintable} for every non-ASCII code point the oracle's Unicode database assigns.
 */
class UnicodeTest {
    private static final String SCRIPT = """
            import unicodedata as u
            rows = []
            for cp in range(0x80, 0x110000):
                ch = chr(cp)
                if u.category(ch) == 'Cn':
                    continue
                flags = (1 if ch.isidentifier() else 0) | (2 if ('a' + ch).isidentifier() else 0) \\
                        | (4 if ch.isprintable() else 0)
                rows.append('%x:%d' % (cp, flags))
            print(' '.join(rows))
            """;

    @Test
    void agreesWithCPythonOnAllAssignedCodePoints() {
        String out = PythonOracle.run(SCRIPT, "").trim();
        List<String> diffs = new ArrayList<>();
        for (String row : out.split(" ")) {
            int colon = row.indexOf(':');
            int cp = Integer.parseInt(row.substring(0, colon), 16);
            int flags = Integer.parseInt(row.substring(colon + 1));
            int ours = (Unicode.isIdentifierStart(cp) ? 1 : 0) | (Unicode.isIdentifierPart(cp) ? 2 : 0)
                    | (Unicode.isPrintable(cp) ? 4 : 0);
            if (ours != flags && diffs.size() < 20) {
                diffs.add(String.format("U+%04X python=%d ours=%d", cp, flags, ours));
            }
        }
        assertEquals(List.of(), diffs);
    }
}
