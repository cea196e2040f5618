package dev.molt.backend.wasm.internal;

import dev.molt.backend.wasm.ByteSink;
import dev.molt.backend.wasm.ConstExpr;
import dev.molt.backend.wasm.SectionId;
import dev.molt.backend.wasm.ValType;
import java.util.ArrayList;
import java.util.List;

/** The global section (§5.5.9): a global type (§5.3.10: value type, 0x00 const or 0x01 var) and an initializer. */
public final class GlobalSection implements Section {
    private record Entry(ValType type, boolean mutable, ConstExpr init) {
    }

    private final List<Entry> entries = new ArrayList<>();

    /** Adds a global. */
    public void add(ValType type, boolean mutable, ConstExpr init) {
        entries.add(new Entry(type, mutable, init));
    }

    /** Writes a global type (§5.3.10). */
    public static void encodeType(ByteSink s, ValType type, boolean mutable) {
        s.u8(type.code()).u8(mutable ? 1 : 0);
    }

    @Override
    public SectionId id() {
        return SectionId.GLOBAL;
    }

    @Override
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    @Override
    public void encodeContents(ByteSink s) {
        s.vec(entries, (o, e) -> {
            encodeType(o, e.type, e.mutable);
            e.init.encode(o);
        });
    }
}
