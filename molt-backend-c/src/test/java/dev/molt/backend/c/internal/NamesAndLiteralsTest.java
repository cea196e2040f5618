package dev.molt.backend.c.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Symbol mangling and C literal spelling. */
class NamesAndLiteralsTest {
    @Property
    void manglingIsInjectiveAndGivesCIdentifiers(
            @ForAll @StringLength(min = 1, max = 8) @CharRange(from = 'a', to = 'c') @Chars({'_', '.', '$', '1'}) String a,
            @ForAll @StringLength(min = 1, max = 8) @CharRange(from = 'a', to = 'c') @Chars({'_', '.', '$', '1'}) String b) {
        Assume.that(!a.equals(b));
        String ma = CNames.mangle(a), mb = CNames.mangle(b);
        assertTrue(!ma.equals(mb), a + " and " + b + " both mangle to " + ma);
        assertTrue(("x" + ma).matches("[A-Za-z0-9_]+"), ma);
    }

    @Test
    void mangledExamples() {
        assertEquals("C_2e_m", CNames.mangle("C.m"));
        assertEquals("C__m", CNames.mangle("C_m"));
        assertEquals("f_24_1", CNames.mangle("f$1"));
    }

    @Property
    void utf8MatchesJavaForWellFormedText(@ForAll String s) {
        Assume.that(s.codePoints().noneMatch(c -> c >= 0xD800 && c <= 0xDFFF));
        assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), CLiterals.utf8(s));
    }

    @Test
    void loneSurrogatesKeepTheirThreeByteForm() {
        // CPython: '\ud800'.encode('utf-8', 'surrogatepass') == b'\xed\xa0\x80'
        assertArrayEquals(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80, 'x'}, CLiterals.utf8("\uD800x"));
    }

    @Test
    void stringLiteralsEscapeEverythingOutsidePrintableAscii() {
        assertEquals("\"a\\\"b\\\\c\\?\\012\\303\\251\"", CLiterals.string("a\"b\\c?\n\u00e9"));
        assertEquals("0x1.0p0", CLiterals.f64(1.0));
        assertEquals("-0x0.0p0", CLiterals.f64(-0.0));
        assertEquals("INT64_MIN", CLiterals.i64(Long.MIN_VALUE));
    }
}
