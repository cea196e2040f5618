package dev.molt.backend.wasm.internal;

import dev.molt.backend.wasm.ByteSink;
import dev.molt.backend.wasm.Limits;
import dev.molt.backend.wasm.SectionId;
import dev.molt.backend.wasm.ValType;
import java.util.ArrayList;
import java.util.List;

/** The table section (§5.5.7): table types, each a reference type then limits (§5.3.9). */
public final class TableSection implements Section {
    private record Entry(ValType element, Limits limits) {
    }

    private final List<Entry> entries = new ArrayList<>();

    /** Adds a table. */
    public void add(ValType element, Limits limits) {
        entries.add(new Entry(element, limits));
    }

    /** Writes a table type (§5.3.9). */
    public static void encodeType(ByteSink s, ValType element, Limits limits) {
        s.u8(element.code());
        limits.encode(s);
    }

    @Override
    public SectionId id() {
        return SectionId.TABLE;
    }

    @Override
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    @Override
    public void encodeContents(ByteSink s) {
        s.vec(entries, (o, e) -> encodeType(o, e.element, e.limits));
    }
}
