package dev.molt.backend.wasm.internal;

import dev.molt.backend.wasm.ByteSink;
import dev.molt.backend.wasm.ConstExpr;
import dev.molt.backend.wasm.SectionId;
import java.util.ArrayList;
import java.util.List;

/**
 * The element section (§5.5.12), segments of function indices in the encodings that use {@code elemkind} 0x00:
 * flags 0 (active, table 0, offset, vec(funcidx)), 1 (passive), 2 (active with an explicit table) and
 * 3 (declarative).
 */
public final class ElementSection implements Section {
    /** The segment modes. */
    public enum Mode { ACTIVE, PASSIVE, DECLARATIVE }

    private record Entry(Mode mode, int table, ConstExpr offset, List<Integer> functions) {
    }

    private final List<Entry> entries = new ArrayList<>();

    /** Adds a segment; {@code table} and {@code offset} only for active ones. Returns its index. */
    public int add(Mode mode, int table, ConstExpr offset, List<Integer> functions) {
        entries.add(new Entry(mode, table, offset, List.copyOf(functions)));
        return entries.size() - 1;
    }

    @Override
    public SectionId id() {
        return SectionId.ELEMENT;
    }

    @Override
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    @Override
    public void encodeContents(ByteSink s) {
        s.vec(entries, (o, e) -> {
            switch (e.mode) {
                case ACTIVE -> {
                    if (e.table == 0) {
                        o.u8(0);
                        e.offset.encode(o);
                    } else {
                        o.u8(2).u32Leb(e.table);
                        e.offset.encode(o);
                        o.u8(0x00);
                    }
                }
                case PASSIVE -> o.u8(1).u8(0x00);
                case DECLARATIVE -> o.u8(3).u8(0x00);
            }
            o.vec(e.functions, (w, i) -> w.u32Leb(i));
        });
    }
}
