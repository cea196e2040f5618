package dev.molt.backend.wasm.internal;

import dev.molt.backend.wasm.ByteSink;
import dev.molt.backend.wasm.SectionId;

/**
 * One section encoder (WebAssembly Core Spec 2.0 §5.5.2): writes its contents; {@link #writeTo} frames them
 * with the section id and the {@code u32} byte size.
 */
public interface Section {
    /** The section's id. */
    SectionId id();

    /** Whether the section has anything to say (empty sections are left out). */
    boolean isEmpty();

    /** Writes the section's contents (without id and size). */
    void encodeContents(ByteSink contents);

    /** Writes id, size and contents. */
    default void writeTo(ByteSink out) {
        ByteSink contents = new ByteSink();
        encodeContents(contents);
        out.u8(id().id()).u32Leb(contents.size()).bytes(contents);
    }
}
