package dev.molt.ir;

/**
 * A block parameter: the SSA value that predecessors pass as a block argument on each edge into its block
 * (Cranelift/MLIR block arguments; Molt has no phi nodes). The entry block's parameters are the function's
 * parameters. An unwind target's parameter 0 receives the raised exception.
 */
public final class BlockParam extends Value {
    private Block block;

    BlockParam(Block block, Type type) {
        super(type);
        this.block = block;
    }

    /** The block that owns this parameter, or {@code null} once removed. */
    public Block block() {
        return block;
    }

    /** The position among the block's parameters ({@code -1} once removed). */
    public int index() {
        return block == null ? -1 : block.params().indexOf(this);
    }

    void detach() {
        block = null;
    }

    @Override
    public Function function() {
        return block == null ? null : block.function();
    }

    @Override
    public Block definingBlock() {
        return block;
    }
}
