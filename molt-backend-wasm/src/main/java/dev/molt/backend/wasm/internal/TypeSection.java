package dev.molt.backend.wasm.internal;

import dev.molt.backend.wasm.ByteSink;
import dev.molt.backend.wasm.FuncType;
import dev.molt.backend.wasm.SectionId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The type section (§5.5.4): a vector of function types, each distinct type once, in order of first use. */
public final class TypeSection implements Section {
    private final List<FuncType> types = new ArrayList<>();
    private final Map<FuncType, Integer> indices = new HashMap<>();

    /** The index of {@code t}, adding it if it is new. */
    public int intern(FuncType t) {
        return indices.computeIfAbsent(t, k -> {
            types.add(k);
            return types.size() - 1;
        });
    }

    /** The type at an index. */
    public FuncType get(int index) {
        return types.get(index);
    }

    /** The number of types. */
    public int size() {
        return types.size();
    }

    @Override
    public SectionId id() {
        return SectionId.TYPE;
    }

    @Override
    public boolean isEmpty() {
        return types.isEmpty();
    }

    @Override
    public void encodeContents(ByteSink s) {
        s.vec(types, (o, t) -> t.encode(o));
    }
}
