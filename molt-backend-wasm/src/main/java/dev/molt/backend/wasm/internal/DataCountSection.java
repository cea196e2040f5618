package dev.molt.backend.wasm.internal;

import dev.molt.backend.wasm.ByteSink;
import dev.molt.backend.wasm.SectionId;

/**
 * The data count section (§5.5.15): the number of data segments, required when code uses
 * {@code memory.init} or {@code data.drop}. The module writes it only when some body uses those instructions.
 */
public final class DataCountSection implements Section {
    private final DataSection data;

    /** A data count section for the segments of {@code data}. */
    public DataCountSection(DataSection data) {
        this.data = data;
    }

    @Override
    public SectionId id() {
        return SectionId.DATA_COUNT;
    }

    @Override
    public boolean isEmpty() {
        return false;
    }

    @Override
    public void encodeContents(ByteSink s) {
        s.u32Leb(data.size());
    }
}
