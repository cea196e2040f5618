package dev.molt.backend.wasm;

/**
 * A handle to a data segment of a relocatable module and the local data symbol that covers it (WebAssembly
 * tool-conventions Linking.md, {@code SYMTAB_DATA}); addresses inside it are written with
 * {@link InstructionWriter#i32ConstAddress} and {@link WasmModule#relocateAddress}.
 *
 * @param segment the data segment's index
 */
public record DataSymbol(int segment) {
    /** Checks that the index is not negative. */
    public DataSymbol {
        if (segment < 0) {
            throw new IllegalArgumentException("negative index: " + segment);
        }
    }
}
