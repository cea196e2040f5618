package dev.molt.backend.wasm;

/**
 * The type of a {@code block}, {@code loop} or {@code if} (WebAssembly Core Spec 2.0 §2.4.8, encoded as §5.4.1):
 * empty (0x40), a single result value type, or a function type index (s33) for parameters and several results.
 */
public sealed interface BlockType {
    /** No parameters, no results. */
    BlockType EMPTY = new Empty();

    /** A block type with one result. */
    static BlockType of(ValType result) {
        return new Value(result);
    }

    /** A block type given by a function type of the module ({@link WasmModule#type(FuncType)}). */
    static BlockType of(TypeIndex type) {
        return new Indexed(type);
    }

    /** Writes the encoding (§5.4.1). */
    void encode(ByteSink sink);

    /** The empty block type {@code []->[]}. */
    record Empty() implements BlockType {
        @Override
        public void encode(ByteSink sink) {
            sink.u8(0x40);
        }
    }

    /** The block type {@code []->[result]}. */
    record Value(ValType result) implements BlockType {
        @Override
        public void encode(ByteSink sink) {
            sink.u8(result.code());
        }
    }

    /** The block type of a function type index. */
    record Indexed(TypeIndex type) implements BlockType {
        @Override
        public void encode(ByteSink sink) {
            sink.s33Leb(type.index());
        }
    }
}
