package dev.molt.backend.wasm.internal;

import dev.molt.backend.wasm.ByteSink;
import dev.molt.backend.wasm.SectionId;

/** A custom section (§5.5.3): a name, then uninterpreted bytes. */
public final class CustomSection implements Section {
    private final String name;
    private final byte[] payload;

    /** A custom section with a name and payload. */
    public CustomSection(String name, byte[] payload) {
        this.name = name;
        this.payload = payload.clone();
    }

    @Override
    public SectionId id() {
        return SectionId.CUSTOM;
    }

    @Override
    public boolean isEmpty() {
        return false;
    }

    @Override
    public void encodeContents(ByteSink s) {
        s.name(name).bytes(payload);
    }
}
