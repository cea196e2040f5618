package dev.molt.frontend.internal.lexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link StringDecoder} against CPython: each literal is evaluated by Python (value repr, first
 * SyntaxWarning, or SyntaxError message) and decoded by us; the three must agree.
 */
class StringDecoderTest {
    private static final String[] LITERALS = {
        "'plain'", "\"double\"", "''", "'''triple'''", "\"\"\"tri\nple\"\"\"",
        "'a\\nb\\tc\\rd'", "'\\a\\b\\f\\v\\0'", "'\\\\'", "'\\''", "\"\\\"\"", "'it\\'s'",
        "'\\x41\\x7f\\xff'", "'\\u00e9\\u20ac'", "'\\U0001F600'", "'\\U0010ffff'", "'\\ud800'",
        "'\\101\\0\\7\\77\\377'", "'\\400'", "'\\777'", "'\\1234'", "'\\08'",
        "'\\N{BULLET}'", "'\\N{latin small letter a}'", "'\\N{EM DASH}x'", "'\\N{CJK UNIFIED IDEOGRAPH-4E00}'", "'\\N{HANGUL SYLLABLE GA}\\N{hangul syllable gag}'", "'\\N{LINE FEED}\\N{LF}\\N{BOM}'", "'\\N{BELL}'", "'\\N{CJK UNIFIED IDEOGRAPH-4e00}'",
        "'\\q'", "'\\8'", "'\\9'", "'\\ '", "'a\\qb\\zc'", "'\\{'",
        "'line\\\ncontinued'", "'''a\\\nb'''",
        "'é\\x41'", "'日本\\n'", "'\\é'", "'😀\\t'",
        "r'\\n\\x'", "R'\\d'", "r'\\''", "u'\\n'", "U'x'",
        "b'abc'", "b'\\x00\\xff\\n'", "b'\\101\\777'", "b'\\q'", "b'\\u1234'", "b'\\N{BULLET}'",
        "B'x'", "br'\\n'", "rb'\\x'", "Rb'\\''", "bR'a'", "b'''a\\\nb'''", "b\"'\"",
        // errors
        "'\\x1'", "'ab\\x1g'", "'\\x'", "'\\u12'", "'é\\u12'", "'\\U1234'", "'\\U0011ffff'",
        "'\\N{foo}'", "'\\N{LATIN SMALL LETTER A'", "'\\N'", "'\\N{}'", "'é\\N{nope}'",
        "b'\\x1'", "b'ab\\xg0'", "b'é'", "rb'é'",
    };

    private static final String SCRIPT = """
            import sys, json, warnings
            out = []
            for lit in json.load(sys.stdin):
                with warnings.catch_warnings(record=True) as ws:
                    warnings.simplefilter('always')
                    try:
                        v = eval(compile(lit, 's', 'eval'))
                        w = [str(x.message) for x in ws if issubclass(x.category, (SyntaxWarning, DeprecationWarning))]
                        out.append(repr(v) + ' | ' + (w[0] if w else ''))
                    except SyntaxError as e:
                        out.append('ERR ' + e.msg)
            print(json.dumps(out))
            """;

    @TestFactory
    Stream<DynamicTest> agreesWithCPython() {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < LITERALS.length; i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append(jsonString(LITERALS[i]));
        }
        json.append(']');
        List<String> expected = parseJsonStrings(PythonOracle.run(SCRIPT, json.toString()).trim());
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < LITERALS.length; i++) {
            String lit = LITERALS[i];
            String exp = expected.get(i);
            tests.add(DynamicTest.dynamicTest(lit, () -> assertEquals(exp, ours(lit))));
        }
        return tests.stream();
    }

    private static String ours(String lit) {
        List<String> warnings = new ArrayList<>();
        try {
            Object v = StringDecoder.decodeLiteral(lit, warnings::add);
            String repr = v instanceof byte[] b ? bytesRepr(b) : TokenFormatter.repr((String) v);
            return repr + " | " + (warnings.isEmpty() ? "" : warnings.get(0));
        } catch (StringDecoder.DecodeError e) {
            return "ERR " + e.getMessage();
        }
    }

    @Test
    void literalSplitsPrefixAndQuotes() {
        StringDecoder.Literal l = StringDecoder.literal("Rb'''x'''");
        assertEquals(new StringDecoder.Literal(true, true, false, false, 2, 3), l);
        assertEquals(5, l.bodyStart());
        assertEquals(6, l.bodyEnd("Rb'''x'''".length()));
        assertEquals(new StringDecoder.Literal(false, false, false, false, 0, 1), StringDecoder.literal("''"));
        assertEquals(new StringDecoder.Literal(false, false, true, false, 1, 1), StringDecoder.literal("u\"a\""));
        assertEquals(3, StringDecoder.literal("''''''").quoteSize());
        assertThrows(IllegalArgumentException.class, () -> StringDecoder.literal("abc"));
    }

    @Test
    void fstringMiddleTextDecodesLikeStr() {
        // FSTRING_MIDDLE text reaches the decoder with "{{" already reduced to "{".
        assertEquals("a{\n", StringDecoder.decodeStr("a{\\n", 0, 4, false, null));
        assertEquals("a{\\n", StringDecoder.decodeStr("a{\\n", 0, 4, true, null));
    }

    /** Literals where escapes make surrogate code points next to each other or to real pairs. */
    private static final String[] SURROGATE_LITERALS = {
        "'\\ud834\\udd1e'", "'\\ud834\\U0000dd1e'", "'\\U0000d834\\udd1e'", "'\\U0001d11e'",
        "'\\ud834𝄞\\udd1e'", "'𝄞\\udd1e'", "'\\ud834\\udd1e\\ud834\\udd1e'", "'\\udd1e\\ud834'",
        "'a\\ud800\\udc00b\\udbff\\udfff'", "r'\\ud834\\udd1e'", "'\\ud834\\x41\\udd1e'",
        "'\\N{MUSICAL SYMBOL G CLEF}\\udd1e'", "'\\ud834\\\nx'", "'\\ud834\\\n\\udd1e'", "'x'",
    };

    /** {@link StringDecoder#decodeStrExact} gives exactly Python's code points. */
    @TestFactory
    Stream<DynamicTest> exactDecodingKeepsSurrogateCodePointsApart() {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < SURROGATE_LITERALS.length; i++) {
            json.append(i > 0 ? "," : "").append(jsonString(SURROGATE_LITERALS[i]));
        }
        json.append(']');
        String out = PythonOracle.run("""
                import sys, json
                for lit in json.load(sys.stdin):
                    print(' '.join('%x' % ord(c) for c in eval(lit)))
                """, json.toString());
        String[] expected = out.split("\n", -1);
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < SURROGATE_LITERALS.length; i++) {
            String lit = SURROGATE_LITERALS[i];
            String exp = expected[i];
            tests.add(DynamicTest.dynamicTest(lit, () -> {
                StringDecoder.Literal l = StringDecoder.literal(lit);
                StringDecoder.Decoded d = StringDecoder.decodeStrExact(lit, l.bodyStart(), l.bodyEnd(lit.length()), l.raw(), null);
                assertEquals(exp, codePoints(d));
                assertEquals(d.value(), StringDecoder.decodeStr(lit, l.bodyStart(), l.bodyEnd(lit.length()), l.raw(), null));
            }));
        }
        return tests.stream();
    }

    /**
     * {@code \N{name}} resolves exactly the names CPython 3.12's {@code unicodedata.lookup} does:
     * every name CPython gives a code point, and every name the JDK gives one (later Unicode
     * versions, Unicode 1.0 names of controls, the JDK's "block name + hex" fallbacks), checked by
     * code point or by rejection.
     */
    @Test
    void namedEscapesResolveLikeCPython312() {
        assumeTrue(PythonOracle.is312(), "needs CPython 3.12 (Unicode 15.0) as the oracle");
        StringBuilder jdkNames = new StringBuilder(String.join("\n", "hangul syllable GAG", "Hangul Syllable GA",
                "HANGUL SYLLABLE GAG", "cjk unified ideograph-4E00", "CJK UNIFIED IDEOGRAPH-4e00",
                "CJK UNIFIED IDEOGRAPH-2EBF0", "CJK UNIFIED IDEOGRAPH-31350", "TANGUT IDEOGRAPH-17000", "LINE FEED",
                "line feed (lf)", "BYTE ORDER MARK", "latin capital letter a with macron and grave", "\n"));
        for (int cp = 0; cp < 0x110000; cp++) {
            String n = Character.isDefined(cp) ? Character.getName(cp) : null;
            if (n != null) {
                jdkNames.append(n).append('\n');
            }
        }
        String out = PythonOracle.run("""
                import sys, unicodedata
                names = set(sys.stdin.read().split('\\n')) - {''}
                names.update(n for n in (unicodedata.name(chr(c), None) for c in range(0x110000)) if n)
                names.update(n.lower() for n in list(names)[::97])
                for n in sorted(names):
                    try:
                        r = '%x' % ord(unicodedata.lookup(n))
                    except KeyError:
                        r = '-'
                    except TypeError:
                        r = '-'  # a named sequence: \\N{} rejects it too
                    print(n + '\\t' + r)
                """, jdkNames.toString());
        List<String> diffs = new ArrayList<>();
        int checked = 0;
        for (String line : out.split("\n")) {
            int tab = line.indexOf('\t');
            String name = line.substring(0, tab);
            String lit = "'\\N{" + name + "}'";
            String ours;
            try {
                ours = Integer.toHexString(StringDecoder.decodeStr(lit, 1, lit.length() - 1, false, null).codePointAt(0));
            } catch (StringDecoder.DecodeError e) {
                ours = "-";
            }
            checked++;
            if (!ours.equals(line.substring(tab + 1)) && diffs.size() < 20) {
                diffs.add(line + " ours=" + ours);
            }
        }
        assertTrue(checked > 300_000, "only " + checked + " names");
        assertEquals(List.of(), diffs);
    }

    /** The code points of a decoded str, in hex, split pairs counted as two. */
    private static String codePoints(StringDecoder.Decoded d) {
        List<String> out = new ArrayList<>();
        int[] splits = d.splitPairs() == null ? new int[0] : d.splitPairs();
        int k = 0;
        String v = d.value();
        for (int i = 0; i < v.length(); ) {
            int cp;
            if (k < splits.length && splits[k] == i) {
                cp = v.charAt(i++);
                k++;
            } else {
                cp = v.codePointAt(i);
                i += Character.charCount(cp);
            }
            out.add(Integer.toHexString(cp));
        }
        return String.join(" ", out);
    }

    static String bytesRepr(byte[] b) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte x : b) {
            hasSingle |= x == '\'';
            hasDouble |= x == '"';
        }
        char q = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder("b").append(q);
        for (byte x : b) {
            int c = x & 0xFF;
            if (c == q || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c >= 0x7F) {
                sb.append(String.format("\\x%02x", c));
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(q).toString();
    }

    private static String jsonString(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7E) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    /** Parses a JSON array of strings (as Python's json.dumps writes it). */
    private static List<String> parseJsonStrings(String json) {
        List<String> out = new ArrayList<>();
        int i = json.indexOf('[') + 1;
        while (i < json.length()) {
            char c = json.charAt(i);
            if (c == '"') {
                StringBuilder sb = new StringBuilder();
                i++;
                while (json.charAt(i) != '"') {
                    char d = json.charAt(i++);
                    if (d == '\\') {
                        char e = json.charAt(i++);
                        switch (e) {
                            case 'n' -> sb.append('\n');
                            case 't' -> sb.append('\t');
                            case 'r' -> sb.append('\r');
                            case 'b' -> sb.append('\b');
                            case 'f' -> sb.append('\f');
                            case 'u' -> {
                                sb.append((char) Integer.parseInt(json.substring(i, i + 4), 16));
                                i += 4;
                            }
                            default -> sb.append(e);
                        }
                    } else {
                        sb.append(d);
                    }
                }
                out.add(sb.toString());
            }
            i++;
        }
        return out;
    }
}
