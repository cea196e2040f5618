package dev.molt.ir;

/**
 * A property of an op kind that passes and the verifier rely on (MLIR's "op traits").
 */
public enum Trait {
    /** No side effects and cannot raise; results depend only on operands and attributes: removable when unused, CSE-able. */
    PURE,
    /** Creates a fresh object and has no other effect: removable when unused (and not {@link #MAY_RAISE}), never CSE-able. */
    ALLOC,
    /** Can raise a Python exception; the op then goes to its unwind target instead of the next op. */
    MAY_RAISE,
    /** Ends a block; exactly one per block, as its last op. */
    TERMINATOR,
    /** A binary op whose two operands may be swapped. */
    COMMUTATIVE,
    /** Produces a constant from its attributes alone ({@code py.const.*}, {@code i64.const}, ...). */
    CONSTANT,
    /** Suspends the running frame ({@code py.yield}, {@code py.await}); lowered by a later state-machine pass. */
    SUSPENDS;

    /** Returns the text spelling used in docs, e.g. {@code may-raise}. */
    public String spelling() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
