package dev.molt.backend.wasm;

/**
 * Size limits of a memory (in 64 KiB pages) or a table (in elements) (WebAssembly Core Spec 2.0 §2.3.6,
 * encoded as §5.3.7: 0x00 min, or 0x01 min max).
 *
 * @param min the minimum, an unsigned 32-bit value
 * @param max the maximum, an unsigned 32-bit value, or -1 for none
 */
public record Limits(long min, long max) {
    /** Checks the ranges. */
    public Limits {
        if (min < 0 || min > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("limits min out of u32 range: " + min);
        }
        if (max != -1 && (max < min || max > 0xFFFF_FFFFL)) {
            throw new IllegalArgumentException("limits max must be >= min and a u32: " + max);
        }
    }

    /** Limits with a minimum and no maximum. */
    public static Limits atLeast(long min) {
        return new Limits(min, -1);
    }

    /** Limits with a minimum and a maximum. */
    public static Limits between(long min, long max) {
        return new Limits(min, max);
    }

    /** Whether a maximum is given. */
    public boolean hasMax() {
        return max != -1;
    }

    /** Writes this limit's encoding (§5.3.7). */
    public void encode(ByteSink sink) {
        if (hasMax()) {
            sink.u8(0x01).u32Leb(min).u32Leb(max);
        } else {
            sink.u8(0x00).u32Leb(min);
        }
    }
}
