package dev.molt.backend.wasm.internal;

import dev.molt.backend.wasm.ByteSink;
import dev.molt.backend.wasm.SectionId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The import section (§5.5.5): module name, field name and a description: 0x00 typeidx (function),
 * 0x01 tabletype, 0x02 memtype, 0x03 globaltype.
 */
public final class ImportSection implements Section {
    private record Entry(String module, String field, int kind, Consumer<ByteSink> desc) {
    }

    private final List<Entry> entries = new ArrayList<>();

    /** Adds an import; {@code kind} is the external kind byte, {@code desc} writes the rest of the description. */
    public void add(String module, String field, int kind, Consumer<ByteSink> desc) {
        entries.add(new Entry(module, field, kind, desc));
    }

    @Override
    public SectionId id() {
        return SectionId.IMPORT;
    }

    @Override
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    @Override
    public void encodeContents(ByteSink s) {
        s.vec(entries, (o, e) -> {
            o.name(e.module).name(e.field).u8(e.kind);
            e.desc.accept(o);
        });
    }
}
