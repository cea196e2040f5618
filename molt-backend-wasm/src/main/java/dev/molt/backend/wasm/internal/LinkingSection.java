package dev.molt.backend.wasm.internal;

import dev.molt.backend.wasm.ByteSink;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code "linking"} custom section of a relocatable object, version 2 (WebAssembly tool-conventions Linking.md,
 * "Linking Metadata Section"): a {@code WASM_SYMBOL_TABLE} (8) subsection, then a {@code WASM_SEGMENT_INFO} (5)
 * subsection when there are data segments — the order LLVM's {@code WasmObjectWriter} uses.
 */
public final class LinkingSection {
    /** {@code WASM_SYM_BINDING_LOCAL}: not visible to other objects. */
    public static final int BINDING_LOCAL = 0x02;
    /** {@code WASM_SYM_UNDEFINED}: defined by another object or library. */
    public static final int UNDEFINED = 0x10;

    /**
     * One symbol table entry.
     *
     * @param kind function, data or global
     * @param flags {@code WASM_SYM_*} flags
     * @param name the name, or null for an undefined function or global (it then takes its import's field name)
     * @param index the function or global index, or the data segment index for a defined data symbol
     * @param offset a data symbol's offset in its segment
     * @param size a data symbol's size in bytes
     */
    public record Symbol(Reloc.SymbolKind kind, int flags, String name, int index, int offset, int size) {
    }

    /**
     * One data segment's linking information.
     *
     * @param name the segment name (e.g. {@code .data.molt}; the linker merges segments by prefix)
     * @param alignLog2 the segment's alignment as a power of two
     */
    public record Segment(String name, int alignLog2) {
    }

    private final List<Symbol> symbols = new ArrayList<>();
    private final List<Segment> segments = new ArrayList<>();

    /** Adds a symbol and returns its symbol-table index. */
    public int addSymbol(Symbol s) {
        symbols.add(s);
        return symbols.size() - 1;
    }

    /** Adds the information of the next data segment. */
    public void addSegment(Segment s) {
        segments.add(s);
    }

    /** The section's payload (after its name). */
    public byte[] payload() {
        ByteSink out = new ByteSink();
        out.u32Leb(2);
        ByteSink table = new ByteSink();
        table.vec(symbols, (o, s) -> {
            o.u8(s.kind().code()).u32Leb(s.flags());
            boolean undefined = (s.flags() & UNDEFINED) != 0;
            if (s.kind() == Reloc.SymbolKind.DATA) {
                o.name(s.name());
                if (!undefined) {
                    o.u32Leb(s.index()).u32Leb(s.offset()).u32Leb(s.size());
                }
            } else {
                o.u32Leb(s.index());
                if (!undefined) {
                    o.name(s.name());
                }
            }
        });
        out.u8(8).u32Leb(table.size()).bytes(table);
        if (!segments.isEmpty()) {
            ByteSink info = new ByteSink();
            info.vec(segments, (o, s) -> o.name(s.name()).u32Leb(s.alignLog2()).u32Leb(0));
            out.u8(5).u32Leb(info.size()).bytes(info);
        }
        return out.toByteArray();
    }

    /**
     * The payload of a {@code reloc.*} section (Linking.md, "Relocation Sections").
     *
     * @param sectionIndex the position (0-based, custom sections included) of the section the entries apply to
     * @param relocs the entries, in increasing offset order (wasm-ld requires it), offsets relative to that
     *     section's contents
     * @param symbolIndex resolves an entry's entity to its symbol-table index
     */
    public static byte[] relocPayload(int sectionIndex, List<Reloc> relocs, java.util.function.ToIntFunction<Reloc> symbolIndex) {
        ByteSink out = new ByteSink();
        out.u32Leb(sectionIndex);
        out.vec(relocs, (o, r) -> {
            o.u8(r.type().code()).u32Leb(r.offset()).u32Leb(symbolIndex.applyAsInt(r));
            if (r.type().hasAddend()) {
                o.s32Leb(r.addend());
            }
        });
        return out.toByteArray();
    }
}
