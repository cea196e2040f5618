package dev.molt.backend.wasm;

/**
 * A handle to an entry of the local index space (WebAssembly Core Spec 2.0 §2.5.1; a function's parameters come first, then its declared locals), handed out by
 * {@link FunctionBody}; callers pass handles, never raw numbers.
 *
 * @param index the position in the index space
 */
public record LocalIndex(int index) {
    /** Checks that the index is not negative. */
    public LocalIndex {
        if (index < 0) {
            throw new IllegalArgumentException("negative index: " + index);
        }
    }
}
