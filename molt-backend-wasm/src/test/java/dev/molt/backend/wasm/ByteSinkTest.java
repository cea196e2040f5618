package dev.molt.backend.wasm;

import static dev.molt.backend.wasm.WasmTools.bytes;
import static dev.molt.backend.wasm.WasmTools.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Exact bytes of the primitive encodings, worked out by hand from WebAssembly Core Spec 2.0 §5.2. */
class ByteSinkTest {
    private static void assertBytes(byte[] expected, ByteSink actual) {
        assertEquals(hex(expected), hex(actual.toByteArray()));
    }

    @Test
    void unsignedLebExamples() {
        // The example of the LEB128 article the spec cites: 624485 = 0b10011_0001110_1100101.
        assertBytes(bytes(0xe5, 0x8e, 0x26), new ByteSink().u32Leb(624485));
        assertBytes(bytes(0x00), new ByteSink().u32Leb(0));
        assertBytes(bytes(0x7f), new ByteSink().u32Leb(127));
        assertBytes(bytes(0x80, 0x01), new ByteSink().u32Leb(128));
        assertBytes(bytes(0xff, 0xff, 0xff, 0xff, 0x0f), new ByteSink().u32Leb(0xFFFF_FFFFL));
        assertBytes(bytes(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01), new ByteSink().u64Leb(-1L));
    }

    @Test
    void signedLebExamples() {
        // -123456 = ...1_1111000_0111011_1000000 in two's complement: 0xc0 0xbb 0x78.
        assertBytes(bytes(0xc0, 0xbb, 0x78), new ByteSink().s32Leb(-123456));
        assertBytes(bytes(0x00), new ByteSink().s32Leb(0));
        assertBytes(bytes(0x7f), new ByteSink().s32Leb(-1));
        assertBytes(bytes(0x3f), new ByteSink().s32Leb(63));
        assertBytes(bytes(0xc0, 0x00), new ByteSink().s32Leb(64));
        assertBytes(bytes(0x40), new ByteSink().s32Leb(-64));
        assertBytes(bytes(0xbf, 0x7f), new ByteSink().s32Leb(-65));
        assertBytes(bytes(0xff, 0xff, 0xff, 0xff, 0x07), new ByteSink().s32Leb(Integer.MAX_VALUE));
        assertBytes(bytes(0x80, 0x80, 0x80, 0x80, 0x78), new ByteSink().s32Leb(Integer.MIN_VALUE));
        assertBytes(bytes(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x7f), new ByteSink().s64Leb(Long.MIN_VALUE));
        assertBytes(bytes(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x00), new ByteSink().s64Leb(Long.MAX_VALUE));
    }

    /** Relocatable fields are always 5 bytes (Linking.md), whatever the value; decoding gives the value back. */
    @Test
    void paddedLebsForRelocations() {
        assertBytes(bytes(0x80, 0x80, 0x80, 0x80, 0x00), new ByteSink().u32LebPadded(0));
        assertBytes(bytes(0xe5, 0x8e, 0xa6, 0x80, 0x00), new ByteSink().u32LebPadded(624485));
        assertBytes(bytes(0xff, 0xff, 0xff, 0xff, 0x0f), new ByteSink().u32LebPadded(0xFFFF_FFFFL));
        assertBytes(bytes(0xff, 0xff, 0xff, 0xff, 0x7f), new ByteSink().s32LebPadded(-1));
        assertBytes(bytes(0xc0, 0xbb, 0xf8, 0xff, 0x7f), new ByteSink().s32LebPadded(-123456));
        assertBytes(bytes(0xff, 0xff, 0xff, 0xff, 0x07), new ByteSink().s32LebPadded(Integer.MAX_VALUE));
        assertBytes(bytes(0x80, 0x80, 0x80, 0x80, 0x78), new ByteSink().s32LebPadded(Integer.MIN_VALUE));
        assertThrows(IllegalArgumentException.class, () -> new ByteSink().u32LebPadded(-1));
        assertEquals(1, ByteSink.lebLength(127));
        assertEquals(2, ByteSink.lebLength(128));
        assertEquals(5, ByteSink.lebLength(0xFFFF_FFFFL));
    }

    @Test
    void rangesAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new ByteSink().u32Leb(-1));
        assertThrows(IllegalArgumentException.class, () -> new ByteSink().u32Leb(1L << 32));
        assertThrows(IllegalArgumentException.class, () -> new ByteSink().s33Leb(1L << 32));
        assertBytes(bytes(0x80, 0x80, 0x80, 0x80, 0x70), new ByteSink().s33Leb(-(1L << 32)));
    }

    @Test
    void floatsAreLittleEndianBitPatterns() {
        // 1.0 = 0x3FF0000000000000; 1.5f = 0x3FC00000.
        assertBytes(bytes(0, 0, 0, 0, 0, 0, 0xf0, 0x3f), new ByteSink().f64(1.0));
        assertBytes(bytes(0, 0, 0xc0, 0x3f), new ByteSink().f32(1.5f));
        assertBytes(bytes(1, 0, 0, 0, 0, 0, 0xf8, 0x7f), new ByteSink().f64(Double.longBitsToDouble(0x7FF8000000000001L)));
    }

    @Test
    void namesAreUtf8WithByteLength() {
        // "é" is two UTF-8 bytes; "𝄞" (U+1D11E) is four.
        assertBytes(bytes(3, 'a', 0xc3, 0xa9), new ByteSink().name("aé"));
        assertBytes(bytes(4, 0xf0, 0x9d, 0x84, 0x9e), new ByteSink().name("\uD834\uDD1E"));
    }

    @Test
    void vectorsArePrefixedWithTheirLength() {
        assertBytes(bytes(3, 1, 2, 3), new ByteSink().vec(List.of(1, 2, 3), (s, i) -> s.u8(i)));
        assertBytes(bytes(0), new ByteSink().vec(List.of(), (s, i) -> s.u8(0)));
    }
}
