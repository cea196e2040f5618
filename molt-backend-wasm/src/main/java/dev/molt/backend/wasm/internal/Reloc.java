package dev.molt.backend.wasm.internal;

/**
 * One relocation of a relocatable object (WebAssembly tool-conventions Linking.md, "Relocation Sections"): the
 * field at {@code offset} (relative to the bytes it was recorded in; the module rebases it to the section's contents)
 * refers to the symbol of entity {@code index} of {@code kind}, plus {@code addend} for memory addresses.
 *
 * @param type the relocation type
 * @param offset the field's byte offset in the code or segment it was recorded in
 * @param kind which index space {@code index} belongs to
 * @param index the entity's index in that space (function index, global index, data segment index)
 * @param addend the addend ({@link Type#hasAddend()} types only, else 0)
 */
public record Reloc(Type type, int offset, SymbolKind kind, int index, int addend) {
    /** Relocation types of Linking.md that the writer emits, with their numeric codes. */
    public enum Type {
        /** {@code R_WASM_FUNCTION_INDEX_LEB} (0): a function index as a 5-byte {@code varuint32} ({@code call}). */
        FUNCTION_INDEX_LEB(0, false),
        /** {@code R_WASM_TABLE_INDEX_SLEB} (1): a function's table slot as a 5-byte {@code varint32} ({@code i32.const}). */
        TABLE_INDEX_SLEB(1, false),
        /** {@code R_WASM_TABLE_INDEX_I32} (2): a function's table slot as a 4-byte {@code uint32} in data. */
        TABLE_INDEX_I32(2, false),
        /** {@code R_WASM_MEMORY_ADDR_SLEB} (4): a data address as a 5-byte {@code varint32} ({@code i32.const}). */
        MEMORY_ADDR_SLEB(4, true),
        /** {@code R_WASM_MEMORY_ADDR_I32} (5): a data address as a 4-byte {@code uint32} in data. */
        MEMORY_ADDR_I32(5, true),
        /** {@code R_WASM_GLOBAL_INDEX_LEB} (7): a global index as a 5-byte {@code varuint32} ({@code global.get/set}). */
        GLOBAL_INDEX_LEB(7, false);

        private final int code;
        private final boolean addend;

        Type(int code, boolean addend) {
            this.code = code;
            this.addend = addend;
        }

        /** The numeric code in a reloc section. */
        public int code() {
            return code;
        }

        /** Whether entries of this type carry a {@code varint32} addend. */
        public boolean hasAddend() {
            return addend;
        }
    }

    /** The kind of entity a symbol names (Linking.md {@code syminfo.kind}). */
    public enum SymbolKind {
        /** {@code SYMTAB_FUNCTION} (0). */
        FUNCTION(0),
        /** {@code SYMTAB_DATA} (1). */
        DATA(1),
        /** {@code SYMTAB_GLOBAL} (2). */
        GLOBAL(2);

        private final int code;

        SymbolKind(int code) {
            this.code = code;
        }

        /** The numeric kind. */
        public int code() {
            return code;
        }
    }

    /** This relocation moved by {@code delta} bytes. */
    public Reloc shift(int delta) {
        return new Reloc(type, offset + delta, kind, index, addend);
    }
}
