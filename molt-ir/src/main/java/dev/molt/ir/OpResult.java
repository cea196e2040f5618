package dev.molt.ir;

/** The {@link #index()}-th result of an {@link Op}. */
public final class OpResult extends Value {
    private final Op op;
    private final int index;

    OpResult(Op op, int index, Type type) {
        super(type);
        this.op = op;
        this.index = index;
    }

    /** The op that defines this value. */
    public Op op() {
        return op;
    }

    /** The position among the op's results. */
    public int index() {
        return index;
    }

    @Override
    public Function function() {
        Block b = op.block();
        return b == null ? null : b.function();
    }

    @Override
    public Block definingBlock() {
        return op.block();
    }
}
