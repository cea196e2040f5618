package dev.molt.backend.wasm;

/**
 * The immediate of a memory load or store: alignment and static offset (WebAssembly Core Spec 2.0 §2.4.7,
 * encoded as §5.4.6: {@code u32} alignment exponent, {@code u32} offset). The effective address is the dynamic
 * i32 operand plus {@code offset}, in bytes.
 *
 * @param alignLog2 the alignment hint as a power of two exponent (0 = byte aligned); must not exceed the
 *                  access's natural alignment (validation rejects it otherwise)
 * @param offset the static byte offset, an unsigned 32-bit value
 */
public record MemArg(int alignLog2, long offset) {
    /** Checks the ranges. */
    public MemArg {
        if (alignLog2 < 0 || alignLog2 > 4) {
            throw new IllegalArgumentException("alignment exponent out of range: " + alignLog2);
        }
        if (offset < 0 || offset > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("offset out of u32 range: " + offset);
        }
    }

    /** The memarg of an access of {@code bytes} bytes (1, 2, 4, 8 or 16) at its natural alignment, with an offset. */
    public static MemArg natural(int bytes, long offset) {
        return new MemArg(Integer.numberOfTrailingZeros(bytes), offset);
    }

    /** Writes this memarg's encoding (§5.4.6). */
    public void encode(ByteSink sink) {
        sink.u32Leb(alignLog2).u32Leb(offset);
    }
}
