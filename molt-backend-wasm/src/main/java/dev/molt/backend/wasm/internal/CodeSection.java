package dev.molt.backend.wasm.internal;

import dev.molt.backend.wasm.ByteSink;
import dev.molt.backend.wasm.SectionId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The code section (§5.5.13): for each defined function, in function-section order, the {@code u32} size of its
 * body, then the body (local declarations and the expression ending in {@code end}).
 */
public final class CodeSection implements Section {
    private final List<Supplier<byte[]>> bodies = new ArrayList<>();

    /** Adds a body, encoded when the module is finished. */
    public void add(Supplier<byte[]> body) {
        bodies.add(body);
    }

    @Override
    public SectionId id() {
        return SectionId.CODE;
    }

    @Override
    public boolean isEmpty() {
        return bodies.isEmpty();
    }

    @Override
    public void encodeContents(ByteSink s) {
        s.vec(bodies, (o, b) -> {
            byte[] code = b.get();
            o.u32Leb(code.length).bytes(code);
        });
    }
}
