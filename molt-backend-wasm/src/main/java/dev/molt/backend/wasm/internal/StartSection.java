package dev.molt.backend.wasm.internal;

import dev.molt.backend.wasm.ByteSink;
import dev.molt.backend.wasm.SectionId;

/** The start section (§5.5.11): the index of a {@code [] -> []} function run at instantiation. */
public final class StartSection implements Section {
    private int function = -1;

    /** Sets the start function. */
    public void set(int functionIndex) {
        function = functionIndex;
    }

    @Override
    public SectionId id() {
        return SectionId.START;
    }

    @Override
    public boolean isEmpty() {
        return function < 0;
    }

    @Override
    public void encodeContents(ByteSink s) {
        s.u32Leb(function);
    }
}
