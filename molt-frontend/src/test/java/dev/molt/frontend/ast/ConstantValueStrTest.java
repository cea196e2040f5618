package dev.molt.frontend.ast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link ConstantValue.Str}'s representation of Python code point sequences: UTF-16 text plus the
 * indices of surrogate pairs that are two code points. (Its {@code repr()} is checked against
 * CPython 3.12 in {@link PyReprTest}.)
 */
class ConstantValueStrTest {
    @Test
    void twoSurrogateCodePointsStayTwo() {
        ConstantValue.Str two = ConstantValue.Str.ofCodePoints(0xd834, 0xdd1e);
        ConstantValue.Str one = ConstantValue.Str.ofCodePoints(0x1d11e);
        assertEquals("\ud834\udd1e", two.value());
        assertEquals(one.value(), two.value());
        assertArrayEquals(new int[] {0}, two.splitPairs());
        assertNull(one.splitPairs());
        assertNotEquals(one, two);
        assertEquals(2, two.length());
        assertEquals(1, one.length());
        assertArrayEquals(new int[] {0xd834, 0xdd1e}, two.codePoints());
        assertEquals("'\\ud834\\udd1e'", two.repr());
        assertEquals("'\ud834\udd1e'", one.repr());
        assertEquals(ConstantValue.Str.of("\ud834\udd1e"), one);
        assertEquals(new ConstantValue.Str("x"), ConstantValue.Str.of("x"));
    }

    @Test
    void constructorChecksAndCopiesSplitPairs() {
        int[] splits = {1};
        ConstantValue.Str s = new ConstantValue.Str("a\ud800\udc00", splits);
        splits[0] = 7;
        assertArrayEquals(new int[] {1}, s.splitPairs());
        s.splitPairs()[0] = 9;
        assertArrayEquals(new int[] {1}, s.splitPairs());
        assertNull(new ConstantValue.Str("a", new int[0]).splitPairs());
        assertTrue(new ConstantValue.Str("a", new int[0]).isPlainUtf16());
        assertThrows(IllegalArgumentException.class, () -> new ConstantValue.Str("a\ud800\udc00", new int[] {0}));
        assertThrows(IllegalArgumentException.class, () -> new ConstantValue.Str("\ud800", new int[] {0}));
        assertThrows(IllegalArgumentException.class,
                () -> new ConstantValue.Str("\ud800\udc00\ud800\udc00", new int[] {2, 0}));
        assertThrows(NullPointerException.class, () -> new ConstantValue.Str(null, null));
    }

    @Test
    void concatKeepsALoneHighAndALoneLowApart() {
        ConstantValue.Str hi = ConstantValue.Str.ofCodePoints('a', 0xd834);
        ConstantValue.Str lo = ConstantValue.Str.ofCodePoints(0xdd1e, 'b');
        ConstantValue.Str joined = hi.concat(lo);
        assertEquals(ConstantValue.Str.ofCodePoints('a', 0xd834, 0xdd1e, 'b'), joined);
        assertArrayEquals(new int[] {1}, joined.splitPairs());
        ConstantValue.Str plain = ConstantValue.Str.of("x");
        assertSame(plain, plain.concat(ConstantValue.Str.of("")));
        assertNull(plain.concat(plain).splitPairs());
    }

    @Property
    void codePointsRoundTrip(@ForAll("codePointLists") int[] cps) {
        ConstantValue.Str s = ConstantValue.Str.ofCodePoints(cps);
        assertArrayEquals(cps, s.codePoints());
        assertEquals(cps.length, s.length());
        assertEquals(s, new ConstantValue.Str(s.value(), s.splitPairs()));
        assertEquals(s.hashCode(), new ConstantValue.Str(s.value(), s.splitPairs()).hashCode());
    }

    @Property
    void concatIsConcatenationOfCodePoints(@ForAll("codePointLists") int[] a, @ForAll("codePointLists") int[] b) {
        int[] ab = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, ab, a.length, b.length);
        assertEquals(ConstantValue.Str.ofCodePoints(ab), ConstantValue.Str.ofCodePoints(a).concat(ConstantValue.Str.ofCodePoints(b)));
    }

    /** Short lists dense in surrogates and supplementary code points, where the cases are. */
    @Provide
    Arbitrary<int[]> codePointLists() {
        Arbitrary<Integer> cp = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(0xd800, 0xdfff)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0x10000, 0x10ffff)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 0xffff)));
        return cp.array(int[].class).ofMaxSize(6);
    }
}
