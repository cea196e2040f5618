package dev.molt.backend.wasm.internal;

import dev.molt.backend.wasm.ByteSink;
import dev.molt.backend.wasm.SectionId;
import java.util.ArrayList;
import java.util.List;

/** The function section (§5.5.6): the type index of each function defined in the module, in order. */
public final class FunctionSection implements Section {
    private final List<Integer> typeIndices = new ArrayList<>();

    /** Declares one more defined function of the given type index. */
    public void add(int typeIndex) {
        typeIndices.add(typeIndex);
    }

    /** The number of defined functions. */
    public int size() {
        return typeIndices.size();
    }

    @Override
    public SectionId id() {
        return SectionId.FUNCTION;
    }

    @Override
    public boolean isEmpty() {
        return typeIndices.isEmpty();
    }

    @Override
    public void encodeContents(ByteSink s) {
        s.vec(typeIndices, (o, i) -> o.u32Leb(i));
    }
}
