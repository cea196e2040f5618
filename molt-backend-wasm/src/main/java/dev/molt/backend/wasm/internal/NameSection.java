package dev.molt.backend.wasm.internal;

import dev.molt.backend.wasm.ByteSink;
import dev.molt.backend.wasm.SectionId;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code name} custom section (WebAssembly Core Spec 2.0 Appendix §7.4): subsections 0 (module name),
 * 1 (function names, a name map sorted by function index) and 2 (local names, an indirect name map sorted by
 * function then local index). Debuggers and {@code wasm-objdump}/{@code wasm2wat} show these names.
 */
public final class NameSection implements Section {
    private String moduleName;
    private final TreeMap<Integer, String> functionNames = new TreeMap<>();
    private final TreeMap<Integer, TreeMap<Integer, String>> localNames = new TreeMap<>();

    /** Sets the module name. */
    public void setModuleName(String name) {
        moduleName = name;
    }

    /** Names a function. */
    public void nameFunction(int function, String name) {
        functionNames.put(function, name);
    }

    /** Names a local of a function. */
    public void nameLocal(int function, int local, String name) {
        localNames.computeIfAbsent(function, k -> new TreeMap<>()).put(local, name);
    }

    @Override
    public SectionId id() {
        return SectionId.CUSTOM;
    }

    @Override
    public boolean isEmpty() {
        return moduleName == null && functionNames.isEmpty() && localNames.isEmpty();
    }

    private static void nameMap(ByteSink s, Map<Integer, String> map) {
        s.vec(map.entrySet(), (o, e) -> o.u32Leb(e.getKey()).name(e.getValue()));
    }

    private static void subsection(ByteSink s, int id, ByteSink contents) {
        s.u8(id).u32Leb(contents.size()).bytes(contents);
    }

    @Override
    public void encodeContents(ByteSink s) {
        s.name("name");
        if (moduleName != null) {
            subsection(s, 0, new ByteSink().name(moduleName));
        }
        if (!functionNames.isEmpty()) {
            ByteSink c = new ByteSink();
            nameMap(c, functionNames);
            subsection(s, 1, c);
        }
        if (!localNames.isEmpty()) {
            ByteSink c = new ByteSink();
            c.vec(localNames.entrySet(), (o, e) -> {
                o.u32Leb(e.getKey());
                nameMap(o, e.getValue());
            });
            subsection(s, 2, c);
        }
    }
}
