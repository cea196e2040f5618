package dev.molt.backend.wasm;

import java.util.Arrays;

/**
 * A constant expression: the initializer of a global or the offset of an active segment (WebAssembly Core
 * Spec 2.0 §3.3.10, encoded as §5.4.9: one constant instruction then {@code end}).
 */
public final class ConstExpr {
    private final byte[] code;

    private ConstExpr(ByteSink s) {
        s.u8(0x0B);
        this.code = s.toByteArray();
    }

    /** {@code i32.const value}. */
    public static ConstExpr i32(int value) {
        return new ConstExpr(new ByteSink().u8(0x41).s32Leb(value));
    }

    /** {@code i64.const value}. */
    public static ConstExpr i64(long value) {
        return new ConstExpr(new ByteSink().u8(0x42).s64Leb(value));
    }

    /** {@code f32.const value}. */
    public static ConstExpr f32(float value) {
        return new ConstExpr(new ByteSink().u8(0x43).f32(value));
    }

    /** {@code f64.const value}. */
    public static ConstExpr f64(double value) {
        return new ConstExpr(new ByteSink().u8(0x44).f64(value));
    }

    /** {@code global.get g}; valid only for an imported immutable global in 2.0. */
    public static ConstExpr globalGet(GlobalIndex g) {
        return new ConstExpr(new ByteSink().u8(0x23).u32Leb(g.index()));
    }

    /** {@code ref.null t} for a reference type. */
    public static ConstExpr refNull(ValType t) {
        if (!t.isReference()) {
            throw new IllegalArgumentException("ref.null needs a reference type: " + t);
        }
        return new ConstExpr(new ByteSink().u8(0xD0).u8(t.code()));
    }

    /** {@code ref.func f}. */
    public static ConstExpr refFunc(FuncIndex f) {
        return new ConstExpr(new ByteSink().u8(0xD2).u32Leb(f.index()));
    }

    /** Writes the expression including its final {@code end}. */
    public void encode(ByteSink sink) {
        sink.bytes(code);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConstExpr c && Arrays.equals(code, c.code);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(code);
    }
}
