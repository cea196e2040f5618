package dev.molt.backend.wasm;

/**
 * A handle to an entry of the table index space (WebAssembly Core Spec 2.0 §2.5.1; imported tables come first), handed out by
 * {@link WasmModule}; callers pass handles, never raw numbers.
 *
 * @param index the position in the index space
 */
public record TableIndex(int index) {
    /** Checks that the index is not negative. */
    public TableIndex {
        if (index < 0) {
            throw new IllegalArgumentException("negative index: " + index);
        }
    }
}
