package dev.molt.backend.wasm.internal;

import dev.molt.backend.wasm.ByteSink;
import dev.molt.backend.wasm.Limits;
import dev.molt.backend.wasm.SectionId;
import java.util.ArrayList;
import java.util.List;

/** The memory section (§5.5.8): memory types, each limits in 64 KiB pages (§5.3.8). */
public final class MemorySection implements Section {
    private final List<Limits> memories = new ArrayList<>();

    /** Adds a memory. */
    public void add(Limits limits) {
        memories.add(limits);
    }

    @Override
    public SectionId id() {
        return SectionId.MEMORY;
    }

    @Override
    public boolean isEmpty() {
        return memories.isEmpty();
    }

    @Override
    public void encodeContents(ByteSink s) {
        s.vec(memories, (o, l) -> l.encode(o));
    }
}
