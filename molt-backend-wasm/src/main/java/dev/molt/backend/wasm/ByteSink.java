package dev.molt.backend.wasm;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.function.BiConsumer;

/**
 * A growable byte buffer with the primitive encodings of the WebAssembly binary format.
 *
 * <p>Integers are LEB128 (WebAssembly Core Spec 2.0 §5.2.2): {@code u32Leb}/{@code u64Leb} write the unsigned
 * form, {@code s32Leb}/{@code s33Leb}/{@code s64Leb} the signed form, always in the minimal number of bytes
 * (one byte per started group of 7 bits). Floats are little-endian IEEE 754 bit patterns (§5.2.3), names are a
 * {@code u32} byte length followed by UTF-8 (§5.2.4), vectors a {@code u32} element count followed by the
 * elements (§5.1.3).
 *
 * @see <a href="https://webassembly.github.io/spec/core/binary/values.html">WebAssembly Core Spec 2.0 §5.2</a>
 */
public final class ByteSink {
    private byte[] buf;
    private int size;

    /** An empty sink. */
    public ByteSink() {
        buf = new byte[64];
    }

    private void ensure(int extra) {
        if (size + extra > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + extra));
        }
    }

    /** Appends one byte (the low 8 bits of {@code b}). */
    public ByteSink u8(int b) {
        ensure(1);
        buf[size++] = (byte) b;
        return this;
    }

    /** Appends raw bytes. */
    public ByteSink bytes(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buf, size, bytes.length);
        size += bytes.length;
        return this;
    }

    /** Appends the contents of another sink. */
    public ByteSink bytes(ByteSink other) {
        ensure(other.size);
        System.arraycopy(other.buf, 0, buf, size, other.size);
        size += other.size;
        return this;
    }

    /**
     * Appends {@code value} as unsigned LEB128 {@code u32} (§5.2.2).
     *
     * @param value an unsigned 32-bit value held in a long, {@code 0 <= value < 2^32}
     * @throws IllegalArgumentException if the value is out of range
     */
    public ByteSink u32Leb(long value) {
        if (value < 0 || value > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("u32 out of range: " + value);
        }
        return u64Leb(value);
    }

    /** Appends {@code value}, read as an unsigned 64-bit integer, as unsigned LEB128 {@code u64} (§5.2.2). */
    public ByteSink u64Leb(long value) {
        do {
            int b = (int) (value & 0x7F);
            value >>>= 7;
            if (value != 0) {
                b |= 0x80;
            }
            u8(b);
        } while (value != 0);
        return this;
    }

    /** Appends {@code value} as signed LEB128 {@code s32} (§5.2.2). */
    public ByteSink s32Leb(int value) {
        return s64Leb(value);
    }

    /**
     * Appends {@code value} as signed LEB128 {@code s33}, the encoding of a block type's type index (§5.4.1).
     *
     * @throws IllegalArgumentException if the value does not fit 33 signed bits
     */
    public ByteSink s33Leb(long value) {
        if (value < -(1L << 32) || value >= (1L << 32)) {
            throw new IllegalArgumentException("s33 out of range: " + value);
        }
        return s64Leb(value);
    }

    /** Appends {@code value} as signed LEB128 {@code s64} (§5.2.2). */
    public ByteSink s64Leb(long value) {
        while (true) {
            int b = (int) (value & 0x7F);
            value >>= 7;
            boolean done = (value == 0 && (b & 0x40) == 0) || (value == -1 && (b & 0x40) != 0);
            if (done) {
                u8(b);
                return this;
            }
            u8(b | 0x80);
        }
    }

    /**
     * Appends {@code value} as an unsigned LEB128 padded to exactly 5 bytes, the form a relocatable object uses for
     * every field a linker rewrites (tool-conventions Linking.md, "Relocation Sections": {@code varuint32} fields are
     * "padded to 5 bytes").
     *
     * @param value an unsigned 32-bit value held in a long
     * @throws IllegalArgumentException if the value is out of range
     */
    public ByteSink u32LebPadded(long value) {
        if (value < 0 || value > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("u32 out of range: " + value);
        }
        for (int i = 0; i < 4; i++) {
            u8((int) ((value >>> (7 * i)) & 0x7F) | 0x80);
        }
        return u8((int) ((value >>> 28) & 0x0F));
    }

    /** Appends {@code value} as a signed LEB128 padded to exactly 5 bytes (Linking.md, {@code varint32} fields). */
    public ByteSink s32LebPadded(int value) {
        for (int i = 0; i < 4; i++) {
            u8(((value >> (7 * i)) & 0x7F) | 0x80);
        }
        return u8((value >> 28) & 0x7F);
    }

    /** Appends the 4 little-endian bytes of an unsigned 32-bit value (used for the module header's version). */
    public ByteSink u32Fixed(int value) {
        u8(value).u8(value >>> 8).u8(value >>> 16).u8(value >>> 24);
        return this;
    }

    /** Appends a binary32 as its 4 little-endian bytes, NaN payloads kept (§5.2.3). */
    public ByteSink f32(float value) {
        return u32Fixed(Float.floatToRawIntBits(value));
    }

    /** Appends a binary64 as its 8 little-endian bytes, NaN payloads kept (§5.2.3). */
    public ByteSink f64(double value) {
        long bits = Double.doubleToRawLongBits(value);
        u32Fixed((int) bits);
        return u32Fixed((int) (bits >>> 32));
    }

    /** Appends a name: its UTF-8 byte length as {@code u32}, then the UTF-8 bytes (§5.2.4). */
    public ByteSink name(String name) {
        byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
        u32Leb(utf8.length);
        return bytes(utf8);
    }

    /** Appends a vector: the element count as {@code u32}, then each element written by {@code element} (§5.1.3). */
    public <T> ByteSink vec(Collection<? extends T> items, BiConsumer<ByteSink, ? super T> element) {
        u32Leb(items.size());
        for (T item : items) {
            element.accept(this, item);
        }
        return this;
    }

    /** The length in bytes of {@code value}'s minimal unsigned LEB128 encoding. */
    public static int lebLength(long value) {
        int n = 1;
        while ((value >>>= 7) != 0) {
            n++;
        }
        return n;
    }

    /** The number of bytes written so far. */
    public int size() {
        return size;
    }

    /** A copy of the bytes written so far. */
    public byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }
}
