package dev.molt.backend.wasm;

import dev.molt.backend.wasm.internal.CodeSection;
import dev.molt.backend.wasm.internal.CustomSection;
import dev.molt.backend.wasm.internal.DataCountSection;
import dev.molt.backend.wasm.internal.DataSection;
import dev.molt.backend.wasm.internal.ElementSection;
import dev.molt.backend.wasm.internal.ExportSection;
import dev.molt.backend.wasm.internal.FunctionSection;
import dev.molt.backend.wasm.internal.GlobalSection;
import dev.molt.backend.wasm.internal.ImportSection;
import dev.molt.backend.wasm.internal.LinkingSection;
import dev.molt.backend.wasm.internal.Reloc;
import dev.molt.backend.wasm.internal.MemorySection;
import dev.molt.backend.wasm.internal.NameSection;
import dev.molt.backend.wasm.internal.Section;
import dev.molt.backend.wasm.internal.StartSection;
import dev.molt.backend.wasm.internal.TableSection;
import dev.molt.backend.wasm.internal.TypeSection;
import java.util.ArrayList;
import java.util.List;

/**
 * A WebAssembly module under construction, written in the binary format of the WebAssembly Core Specification 2.0
 * (§5.5). The module owns the index spaces (§2.5.1): every {@code add*}/{@code import*} call returns a handle, and
 * instructions take handles, so callers never compute indices.
 *
 * <p>Rules the API enforces: in each index space imports come first, so an import of a kind must be declared
 * before the first definition of that kind ({@link IllegalStateException} otherwise); function types are
 * deduplicated; export names are unique; every declared function is defined before {@link #finish()}.
 *
 * <p>Output is deterministic: sections in the order of §5.5.16, entries in the order they were added (the data count
 * section only when code uses {@code memory.init} or {@code data.drop}, as wat2wasm and LLVM do), then the {@code name} section (Appendix §7.4), then other custom sections in order.
 *
 * <pre>{@code
 * WasmModule m = new WasmModule();
 * FuncIndex log = m.importFunction("env", "log", FuncType.of(List.of(ValType.I32), List.of()));
 * FunctionBody f = m.addFunction("main", FuncType.of(List.of(), List.of()));
 * f.code().i32Const(42).call(log);
 * m.exportFunction("main", f.index());
 * byte[] wasm = m.finish();
 * }</pre>
 *
 * @see <a href="https://webassembly.github.io/spec/core/binary/modules.html">WebAssembly Core Spec 2.0 §5.5</a>
 */
public final class WasmModule {
    private static final int KIND_FUNC = 0;
    private static final int KIND_TABLE = 1;
    private static final int KIND_MEMORY = 2;
    private static final int KIND_GLOBAL = 3;

    private final TypeSection types = new TypeSection();
    private final ImportSection imports = new ImportSection();
    private final FunctionSection functions = new FunctionSection();
    private final TableSection tables = new TableSection();
    private final MemorySection memories = new MemorySection();
    private final GlobalSection globals = new GlobalSection();
    private final ExportSection exports = new ExportSection();
    private final StartSection start = new StartSection();
    private final ElementSection elements = new ElementSection();
    private final DataSection data = new DataSection();
    private final CodeSection code = new CodeSection();
    private final NameSection names = new NameSection();
    private final List<CustomSection> customs = new ArrayList<>();
    private final List<FunctionBody> bodies = new ArrayList<>();
    private final List<FuncType> functionTypes = new ArrayList<>();

    private final boolean relocatable;
    private final List<String> functionNames = new ArrayList<>();
    private final java.util.Set<Integer> globalBinding = new java.util.HashSet<>();
    private final List<LinkingSection.Segment> segmentInfo = new ArrayList<>();
    private final List<Integer> segmentSizes = new ArrayList<>();
    private final List<Reloc> dataRelocs = new ArrayList<>(); // offsets relative to their segment's first byte
    private final List<Integer> dataRelocSegments = new ArrayList<>();
    private int dataEnd;

    private int importedFunctions;
    private int importedTables;
    private int importedMemories;
    private int importedGlobals;
    private int definedTables;
    private int definedMemories;
    private int definedGlobals;

    /** An empty module; {@link #finish()} on it gives the 8-byte header only. */
    public WasmModule() {
        this(false);
    }

    private WasmModule(boolean relocatable) {
        this.relocatable = relocatable;
    }

    /**
     * An empty <em>relocatable object</em> for {@code wasm-ld} (WebAssembly tool-conventions Linking.md): it imports
     * its memory as {@code env.__linear_memory} (memory 0, sized to its data), and {@link #finish()} adds the
     * {@code "linking"} section (version 2: a symbol for every function, global and data segment; segment info) and
     * {@code "reloc.CODE"}/{@code "reloc.DATA"} sections instead of a name section. In such a module every
     * {@code call} and {@code global.get/set} index is a 5-byte padded LEB with a relocation, defined functions are
     * local symbols named as given to {@link #addFunction} unless {@link #exportSymbol} makes them global, imported
     * functions and globals are undefined symbols named by their import field, and data lives in
     * {@link #addDataSegment} segments addressed through {@link DataSymbol}s.
     */
    public static WasmModule relocatable() {
        WasmModule m = new WasmModule(true);
        m.imports.add("env", "__linear_memory", KIND_MEMORY,
                s -> Limits.atLeast((m.dataEnd + 0xFFFF) / 0x10000).encode(s));
        m.importedMemories++;
        return m;
    }

    /** Whether this module is a relocatable object ({@link #relocatable()}). */
    public boolean isRelocatable() {
        return relocatable;
    }

    /** The memory of a relocatable module (the imported {@code env.__linear_memory}). */
    public MemoryIndex linearMemory() {
        requireRelocatable();
        return new MemoryIndex(0);
    }

    private void requireRelocatable() {
        if (!relocatable) {
            throw new IllegalStateException("only a relocatable module (WasmModule.relocatable()) has symbols");
        }
    }

    /** Makes defined function {@code f}'s symbol global (visible to other objects), e.g. a program's entry. */
    public WasmModule exportSymbol(FuncIndex f) {
        requireRelocatable();
        globalBinding.add(f.index());
        return this;
    }

    /**
     * Adds an active data segment of a relocatable module, placed by the linker, with a local data symbol covering it.
     *
     * @param name the segment name (Linking.md {@code WASM_SEGMENT_INFO}; {@code .data.*} / {@code .rodata.*}
     *     segments are merged by the linker)
     * @param bytes the initial contents; fields that {@link #relocateAddress}/{@link #relocateTableIndex} name are
     *     overwritten by the linker
     * @param alignLog2 the alignment as a power of two (3 for 8-byte values)
     */
    public DataSymbol addDataSegment(String name, byte[] bytes, int alignLog2) {
        requireRelocatable();
        int align = 1 << alignLog2;
        int at = (dataEnd + align - 1) / align * align;
        int index = data.addActive(0, ConstExpr.i32(at), bytes);
        dataEnd = at + bytes.length;
        segmentInfo.add(new LinkingSection.Segment(name, alignLog2));
        segmentSizes.add(bytes.length);
        return new DataSymbol(index);
    }

    /** The 4 bytes at {@code offset} of segment {@code in} become the address of {@code target + addend} ({@code R_WASM_MEMORY_ADDR_I32}). */
    public WasmModule relocateAddress(DataSymbol in, int offset, DataSymbol target, int addend) {
        requireRelocatable();
        dataRelocs.add(new Reloc(Reloc.Type.MEMORY_ADDR_I32, offset, Reloc.SymbolKind.DATA, target.segment(), addend));
        dataRelocSegments.add(in.segment());
        return this;
    }

    /** The 4 bytes at {@code offset} of segment {@code in} become {@code f}'s table slot, a C function pointer ({@code R_WASM_TABLE_INDEX_I32}). */
    public WasmModule relocateTableIndex(DataSymbol in, int offset, FuncIndex f) {
        requireRelocatable();
        dataRelocs.add(new Reloc(Reloc.Type.TABLE_INDEX_I32, offset, Reloc.SymbolKind.FUNCTION, f.index(), 0));
        dataRelocSegments.add(in.segment());
        return this;
    }

    NameSection names() {
        return names;
    }

    /** Sets the module name recorded in the name section. */
    public WasmModule setName(String name) {
        names.setModuleName(name);
        return this;
    }

    /** The index of a function type, added to the type section on first use (§5.5.4). */
    public TypeIndex type(FuncType t) {
        return new TypeIndex(types.intern(t));
    }

    /** The type of a function (imported or defined). */
    public FuncType functionType(FuncIndex f) {
        return functionTypes.get(f.index());
    }

    // ---- imports (§5.5.5) ----

    private static void requireNoDefinitions(int defined, String kind) {
        if (defined > 0) {
            throw new IllegalStateException("import of a " + kind + " after a defined " + kind
                    + ": imports come first in the index space (WebAssembly Core Spec 2.0 §2.5.1), declare them first");
        }
    }

    /** Imports a function {@code module.field} of type {@code t}; it is named {@code field} in the name section. */
    public FuncIndex importFunction(String module, String field, FuncType t) {
        requireNoDefinitions(functions.size(), "function");
        int typeIndex = types.intern(t);
        imports.add(module, field, KIND_FUNC, s -> s.u32Leb(typeIndex));
        FuncIndex f = new FuncIndex(importedFunctions++);
        functionTypes.add(t);
        functionNames.add(field);
        names.nameFunction(f.index(), field);
        return f;
    }

    /** Imports a table of reference type {@code element}. */
    public TableIndex importTable(String module, String field, ValType element, Limits limits) {
        requireNoDefinitions(definedTables, "table");
        imports.add(module, field, KIND_TABLE, s -> TableSection.encodeType(s, element, limits));
        return new TableIndex(importedTables++);
    }

    /** Imports a memory. */
    public MemoryIndex importMemory(String module, String field, Limits limits) {
        requireNoDefinitions(definedMemories, "memory");
        imports.add(module, field, KIND_MEMORY, limits::encode);
        return new MemoryIndex(importedMemories++);
    }

    /** Imports a global. */
    public GlobalIndex importGlobal(String module, String field, ValType type, boolean mutable) {
        requireNoDefinitions(definedGlobals, "global");
        imports.add(module, field, KIND_GLOBAL, s -> GlobalSection.encodeType(s, type, mutable));
        return new GlobalIndex(importedGlobals++);
    }

    // ---- definitions ----

    /**
     * Declares a function of type {@code t} and returns its body to fill. Its index is fixed now, so calls to it
     * (also recursive ones) can be written before its code.
     *
     * @param name the function's name in the name section, or null for none
     */
    public FunctionBody addFunction(String name, FuncType t) {
        FuncIndex f = new FuncIndex(importedFunctions + functions.size());
        functions.add(types.intern(t));
        functionTypes.add(t);
        if (relocatable && name == null) {
            throw new IllegalArgumentException("a function of a relocatable module needs a name (its symbol)");
        }
        functionNames.add(name);
        FunctionBody body = new FunctionBody(this, f, t, relocatable);
        bodies.add(body);
        code.add(body::encode);
        if (name != null) {
            names.nameFunction(f.index(), name);
        }
        return body;
    }

    /** Adds a table of reference type {@code element} (§5.5.7). */
    public TableIndex addTable(ValType element, Limits limits) {
        if (!element.isReference()) {
            throw new IllegalArgumentException("table element type must be a reference type: " + element);
        }
        tables.add(element, limits);
        return new TableIndex(importedTables + definedTables++);
    }

    /** Adds a memory; limits are in 64 KiB pages (§5.5.8). */
    public MemoryIndex addMemory(Limits limits) {
        memories.add(limits);
        return new MemoryIndex(importedMemories + definedMemories++);
    }

    /** Adds a global with an initializer (§5.5.9). */
    public GlobalIndex addGlobal(ValType type, boolean mutable, ConstExpr init) {
        globals.add(type, mutable, init);
        return new GlobalIndex(importedGlobals + definedGlobals++);
    }

    // ---- exports and start (§5.5.10, §5.5.11) ----

    /** Exports a function under {@code name}. */
    public WasmModule exportFunction(String name, FuncIndex f) {
        exports.add(name, KIND_FUNC, f.index());
        return this;
    }

    /** Exports a table under {@code name}. */
    public WasmModule exportTable(String name, TableIndex t) {
        exports.add(name, KIND_TABLE, t.index());
        return this;
    }

    /** Exports a memory under {@code name}. */
    public WasmModule exportMemory(String name, MemoryIndex m) {
        exports.add(name, KIND_MEMORY, m.index());
        return this;
    }

    /** Exports a global under {@code name}. */
    public WasmModule exportGlobal(String name, GlobalIndex g) {
        exports.add(name, KIND_GLOBAL, g.index());
        return this;
    }

    /** Makes {@code f} (of type {@code [] -> []}) the start function. */
    public WasmModule setStart(FuncIndex f) {
        start.set(f.index());
        return this;
    }

    // ---- segments (§5.5.12, §5.5.14) ----

    private static List<Integer> indices(List<FuncIndex> fs) {
        return fs.stream().map(FuncIndex::index).toList();
    }

    /** An active element segment: writes {@code functions} into {@code table} from slot {@code offset} at instantiation. */
    public ElemIndex addActiveElements(TableIndex table, ConstExpr offset, List<FuncIndex> functions) {
        return new ElemIndex(elements.add(ElementSection.Mode.ACTIVE, table.index(), offset, indices(functions)));
    }

    /** A passive element segment (for {@code table.init}). */
    public ElemIndex addPassiveElements(List<FuncIndex> functions) {
        return new ElemIndex(elements.add(ElementSection.Mode.PASSIVE, 0, null, indices(functions)));
    }

    /** A declarative element segment: declares functions for {@code ref.func} (§3.4.10). */
    public ElemIndex addDeclaredElements(List<FuncIndex> functions) {
        return new ElemIndex(elements.add(ElementSection.Mode.DECLARATIVE, 0, null, indices(functions)));
    }

    /** An active data segment: copies {@code bytes} into {@code memory} at byte {@code offset} at instantiation. */
    public DataIndex addActiveData(MemoryIndex memory, ConstExpr offset, byte[] bytes) {
        return new DataIndex(data.addActive(memory.index(), offset, bytes));
    }

    /** A passive data segment (for {@code memory.init}). */
    public DataIndex addPassiveData(byte[] bytes) {
        return new DataIndex(data.addPassive(bytes));
    }

    // ---- custom sections and output ----

    /** Adds a custom section (§5.5.3), written after the name section. */
    public WasmModule addCustomSection(String name, byte[] payload) {
        if (name.equals("name")) {
            throw new IllegalArgumentException("the name section is built by the module; use setName/addFunction names");
        }
        customs.add(new CustomSection(name, payload));
        return this;
    }

    /**
     * Encodes the module: magic {@code \0asm}, version 1, then the non-empty sections (§5.5.16).
     *
     * @return the module's bytes; calling again gives the same bytes (plus whatever was added in between)
     * @throws IllegalStateException if a function body leaves a block open
     */
    public byte[] finish() {
        if (relocatable) {
            return finishRelocatable();
        }
        ByteSink out = new ByteSink();
        out.u32Fixed(0x6D736100).u32Fixed(1);
        boolean needsDataCount = bodies.stream().anyMatch(FunctionBody::usesDataIndex);
        List<Section> order = List.of(types, imports, functions, tables, memories, globals, exports, start, elements);
        for (Section s : order) {
            if (!s.isEmpty()) {
                s.writeTo(out);
            }
        }
        if (needsDataCount) {
            new DataCountSection(data).writeTo(out);
        }
        for (Section s : List.of(code, data)) {
            if (!s.isEmpty()) {
                s.writeTo(out);
            }
        }
        if (!names.isEmpty()) {
            names.writeTo(out);
        }
        for (CustomSection c : customs) {
            c.writeTo(out);
        }
        return out.toByteArray();
    }

    private byte[] finishRelocatable() {
        ByteSink out = new ByteSink();
        out.u32Fixed(0x6D736100).u32Fixed(1);
        int sectionCount = 0;
        int codeSection = -1;
        int dataSection = -1;
        boolean needsDataCount = bodies.stream().anyMatch(FunctionBody::usesDataIndex);
        List<Section> order = new ArrayList<>(List.of(types, imports, functions, tables, memories, globals, exports,
                start, elements));
        if (needsDataCount) {
            order.add(new DataCountSection(data));
        }
        order.add(code);
        order.add(data);
        for (Section s : order) {
            if (!s.isEmpty()) {
                if (s == code) {
                    codeSection = sectionCount;
                } else if (s == data) {
                    dataSection = sectionCount;
                }
                s.writeTo(out);
                sectionCount++;
            }
        }
        // symbols: functions (index order), then globals, then data segments
        int nFunctions = functionTypes.size();
        int nGlobals = importedGlobals + definedGlobals;
        LinkingSection linking = new LinkingSection();
        for (int i = 0; i < nFunctions; i++) {
            boolean imported = i < importedFunctions;
            int flags = imported ? LinkingSection.UNDEFINED : globalBinding.contains(i) ? 0 : LinkingSection.BINDING_LOCAL;
            linking.addSymbol(new LinkingSection.Symbol(Reloc.SymbolKind.FUNCTION, flags, imported ? null : functionNames.get(i), i, 0, 0));
        }
        for (int g = 0; g < nGlobals; g++) {
            boolean imported = g < importedGlobals;
            linking.addSymbol(new LinkingSection.Symbol(Reloc.SymbolKind.GLOBAL,
                    imported ? LinkingSection.UNDEFINED : LinkingSection.BINDING_LOCAL, imported ? null : "global" + g, g, 0, 0));
        }
        for (int d = 0; d < segmentInfo.size(); d++) {
            linking.addSymbol(new LinkingSection.Symbol(Reloc.SymbolKind.DATA, LinkingSection.BINDING_LOCAL,
                    segmentInfo.get(d).name(), d, 0, segmentSizes.get(d)));
            linking.addSegment(segmentInfo.get(d));
        }
        java.util.function.ToIntFunction<Reloc> symbol = r -> switch (r.kind()) {
            case FUNCTION -> r.index();
            case GLOBAL -> nFunctions + r.index();
            case DATA -> nFunctions + nGlobals + r.index();
        };
        new CustomSection("linking", linking.payload()).writeTo(out);
        List<Reloc> codeRelocs = new ArrayList<>();
        int at = ByteSink.lebLength(bodies.size());
        for (FunctionBody b : bodies) {
            byte[] bytes = b.encode();
            at += ByteSink.lebLength(bytes.length);
            for (Reloc r : b.relocations()) {
                codeRelocs.add(r.shift(at));
            }
            at += bytes.length;
        }
        if (!codeRelocs.isEmpty()) {
            new CustomSection("reloc.CODE", LinkingSection.relocPayload(codeSection, codeRelocs, symbol)).writeTo(out);
        }
        if (!dataRelocs.isEmpty()) {
            int[] starts = data.bytesOffsets();
            List<Reloc> rs = new ArrayList<>();
            for (int i = 0; i < dataRelocs.size(); i++) {
                rs.add(dataRelocs.get(i).shift(starts[dataRelocSegments.get(i)]));
            }
            rs.sort(java.util.Comparator.comparingInt(Reloc::offset));
            new CustomSection("reloc.DATA", LinkingSection.relocPayload(dataSection, rs, symbol)).writeTo(out);
        }
        for (CustomSection c : customs) {
            c.writeTo(out);
        }
        return out.toByteArray();
    }
}
