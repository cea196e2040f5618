package dev.molt.backend.wasm;

/**
 * A WebAssembly value type with its binary encoding (WebAssembly Core Spec 2.0 §5.3.1-§5.3.3: number types,
 * the vector type, reference types).
 */
public enum ValType {
    /** 32-bit integer (0x7F). */
    I32(0x7F),
    /** 64-bit integer (0x7E). */
    I64(0x7E),
    /** binary32 float (0x7D). */
    F32(0x7D),
    /** binary64 float (0x7C). */
    F64(0x7C),
    /** 128-bit vector (0x7B). */
    V128(0x7B),
    /** Function reference (0x70). */
    FUNCREF(0x70),
    /** External reference (0x6F). */
    EXTERNREF(0x6F);

    private final int code;

    ValType(int code) {
        this.code = code;
    }

    /** The one-byte encoding of this type. */
    public int code() {
        return code;
    }

    /** Whether this is a reference type (funcref or externref), the element type of a table. */
    public boolean isReference() {
        return this == FUNCREF || this == EXTERNREF;
    }

    /** The text-format spelling ({@code i32}, {@code funcref}, ...). */
    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
