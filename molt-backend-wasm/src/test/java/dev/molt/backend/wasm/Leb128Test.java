package dev.molt.backend.wasm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * LEB128 (WebAssembly Core Spec 2.0 §5.2.2) round-trips through an independent decoder and always uses the minimal
 * number of bytes: {@code ceil(bits / 7)} where {@code bits} is the width of the value (unsigned) or of the
 * value plus its sign bit (signed).
 */
class Leb128Test {
    static final List<Long> EDGES = List.of(0L, 1L, -1L, 2L, -2L, 63L, 64L, -64L, -65L, 127L, 128L, -128L, -129L,
            255L, 256L, 8191L, 8192L, -8192L, -8193L, 16383L, 16384L, (long) Integer.MAX_VALUE,
            (long) Integer.MIN_VALUE, (long) Integer.MAX_VALUE + 1, (long) Integer.MIN_VALUE - 1, 0xFFFF_FFFFL,
            1L << 32, Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1, Long.MIN_VALUE + 1, 1L << 62, -(1L << 62),
            (1L << 62) - 1, -(1L << 62) - 1, 1L << 63 - 7, 1L << 56, (1L << 56) - 1);

    /** Decodes unsigned LEB128, checking that all bytes are consumed. */
    static long decodeUnsigned(byte[] b) {
        long result = 0;
        int shift = 0;
        for (int i = 0; i < b.length; i++) {
            result |= (long) (b[i] & 0x7F) << shift;
            shift += 7;
            boolean more = (b[i] & 0x80) != 0;
            assertEquals(i < b.length - 1, more, "continuation bit of byte " + i);
        }
        return result;
    }

    /** Decodes signed LEB128, checking that all bytes are consumed. */
    static long decodeSigned(byte[] b) {
        long result = 0;
        int shift = 0;
        for (int i = 0; i < b.length; i++) {
            result |= (long) (b[i] & 0x7F) << shift;
            shift += 7;
            assertEquals(i < b.length - 1, (b[i] & 0x80) != 0, "continuation bit of byte " + i);
        }
        if (shift < 64 && (b[b.length - 1] & 0x40) != 0) {
            result |= -1L << shift;
        }
        return result;
    }

    static int unsignedBits(long v) {
        return Math.max(1, 64 - Long.numberOfLeadingZeros(v));
    }

    static int signedBits(long v) {
        return 65 - Long.numberOfLeadingZeros(v ^ (v >> 63));
    }

    static int groups(int bits) {
        return (bits + 6) / 7;
    }

    @Provide
    Arbitrary<Long> longs() {
        return Arbitraries.oneOf(Arbitraries.of(EDGES), Arbitraries.longs(),
                Arbitraries.integers().between(0, 63).flatMap(s -> Arbitraries.longs().map(x -> x >> s)));
    }

    @Provide
    Arbitrary<Long> u32s() {
        return Arbitraries.oneOf(Arbitraries.of(EDGES).filter(v -> v >= 0 && v <= 0xFFFF_FFFFL),
                Arbitraries.longs().between(0, 0xFFFF_FFFFL));
    }

    @Property
    void unsigned64RoundTripsMinimally(@ForAll("longs") long v) {
        byte[] b = new ByteSink().u64Leb(v).toByteArray();
        assertEquals(v, decodeUnsigned(b));
        assertEquals(groups(unsignedBits(v)), b.length);
    }

    @Property
    void unsigned32RoundTripsMinimally(@ForAll("u32s") long v) {
        byte[] b = new ByteSink().u32Leb(v).toByteArray();
        assertEquals(v, decodeUnsigned(b));
        assertEquals(groups(unsignedBits(v)), b.length);
    }

    @Property
    void signed64RoundTripsMinimally(@ForAll("longs") long v) {
        byte[] b = new ByteSink().s64Leb(v).toByteArray();
        assertEquals(v, decodeSigned(b));
        assertEquals(groups(Math.min(signedBits(v), 64)), b.length);
    }

    @Property
    void signed32RoundTripsMinimally(@ForAll("longs") long wide) {
        int v = (int) wide;
        byte[] b = new ByteSink().s32Leb(v).toByteArray();
        assertEquals(v, decodeSigned(b));
        assertEquals(groups(signedBits(v)), b.length);
        assertEquals(true, b.length <= 5);
    }

    @Example
    void everyEdgeRoundTrips() {
        for (long v : EDGES) {
            unsigned64RoundTripsMinimally(v);
            signed64RoundTripsMinimally(v);
            signed32RoundTripsMinimally(v);
            if (v >= 0 && v <= 0xFFFF_FFFFL) {
                unsigned32RoundTripsMinimally(v);
            }
        }
    }
}
