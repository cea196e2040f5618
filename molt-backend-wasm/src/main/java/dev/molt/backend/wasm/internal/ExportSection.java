package dev.molt.backend.wasm.internal;

import dev.molt.backend.wasm.ByteSink;
import dev.molt.backend.wasm.SectionId;
import java.util.LinkedHashMap;
import java.util.Map;

/** The export section (§5.5.10): a unique name, an external kind byte (0 func, 1 table, 2 mem, 3 global), an index. */
public final class ExportSection implements Section {
    private record Entry(int kind, int index) {
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    /**
     * Adds an export.
     *
     * @throws IllegalArgumentException if the name is already exported (§3.4.10: export names are unique)
     */
    public void add(String name, int kind, int index) {
        if (entries.putIfAbsent(name, new Entry(kind, index)) != null) {
            throw new IllegalArgumentException("duplicate export name: " + name);
        }
    }

    @Override
    public SectionId id() {
        return SectionId.EXPORT;
    }

    @Override
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    @Override
    public void encodeContents(ByteSink s) {
        s.vec(entries.entrySet(), (o, e) -> o.name(e.getKey()).u8(e.getValue().kind).u32Leb(e.getValue().index));
    }
}
