package dev.molt.runtime;

import static dev.molt.runtime.RuntimeHarness.op;
import static dev.molt.runtime.RuntimeHarness.s;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import org.junit.jupiter.api.Test;

/** str case mapping and character classes over the whole code space, against python3 (Unicode tables check). */
class UnicodeCaseTest {
    static final List<String> PREDICATES = List.of("isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum",
            "isspace", "islower", "isupper", "istitle", "isascii", "isprintable", "isidentifier");

    private static String chunk(int from, int count) {
        StringBuilder sb = new StringBuilder();
        for (int cp = from; cp < from + count && cp <= 0x10FFFF; cp++) {
            if (cp < 0xD800 || cp > 0xDFFF) { // lone surrogates are not representable yet
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    @Test
    void everyCodePointMapsLikeCPython() {
        List<String> lines = new ArrayList<>();
        for (int cp = 0; cp <= 0x10FFFF; cp += 128) {
            String text = s(" " + chunk(cp, 128)); // the leading space keeps Final_Sigma out of the way
            for (String m : List.of("upper", "lower", "casefold", "swapcase")) {
                lines.add(op("meth", s(m), text));
            }
        }
        RuntimeHarness.assertSameAsCPython(lines);
    }

    @Property(tries = 4, shrinking = ShrinkingMode.OFF)
    void randomCodePointsClassifyLikeCPython(@ForAll long seed) {
        RuntimeHarness.assumeClang();
        Random r = new Random(seed);
        List<String> lines = new ArrayList<>();
        for (int k = 0; k < 4000; k++) {
            int cp = r.nextBoolean() ? r.nextInt(0x3400) : r.nextInt(0x110000);
            if (cp >= 0xD800 && cp <= 0xDFFF) {
                continue;
            }
            String one = new String(Character.toChars(cp));
            lines.add(op("meth", s(PREDICATES.get(r.nextInt(PREDICATES.size()))), s(one)));
            lines.add(op("meth", s(List.of("title", "capitalize", "upper", "lower").get(r.nextInt(4))), s(one)));
            lines.add(op("meth", s("isidentifier"), s("_" + one))); // XID_Continue
        }
        RuntimeHarness.assertSameAsCPython(lines);
    }
}
