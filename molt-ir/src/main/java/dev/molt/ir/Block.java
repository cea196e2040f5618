package dev.molt.ir;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A basic block: parameters, then ops, the last of which is the only {@link Trait#TERMINATOR}. Spelled
 * {@code ^bbN} where N is the block's position in its function's layout.
 *
 * <p>Control leaves a block through its terminator's successors, through side exits of non-terminator ops, and
 * through unwind edges of may-raise ops; {@link #successorBlocks()} lists all of them.
 */
public final class Block {
    private Function function;
    private final List<BlockParam> params = new ArrayList<>();
    private final List<Op> ops = new ArrayList<>();

    Block(Function function) {
        this.function = function;
    }

    /** The function this block belongs to, or {@code null} once removed. */
    public Function function() {
        return function;
    }

    void detach() {
        function = null;
    }

    /** The label without {@code ^} ({@code bb3}), or {@code bb?} if detached. */
    public String label() {
        if (function == null) return "bb?";
        int n = function.names().blockNumber(this);
        return n < 0 ? "bb?" : "bb" + n;
    }

    /** The parameters (read-only view). */
    public List<BlockParam> params() {
        return Collections.unmodifiableList(params);
    }

    /** Parameter {@code i}. */
    public BlockParam param(int i) {
        return params.get(i);
    }

    /** Appends a parameter of type {@code t} and returns it. Callers must add a matching argument on every edge in. */
    public BlockParam addParam(Type t) {
        BlockParam p = new BlockParam(this, t);
        params.add(p);
        touch();
        return p;
    }

    /** Removes parameter {@code i}. @throws IllegalStateException if it is still used */
    public void removeParam(int i) {
        BlockParam p = params.get(i);
        if (p.hasUses()) throw new IllegalStateException("block parameter " + p + " still has uses");
        params.remove(i);
        p.detach();
        touch();
    }

    /** The ops in order (read-only view). */
    public List<Op> ops() {
        return Collections.unmodifiableList(ops);
    }

    /** The last op if it is a terminator, else {@code null}. */
    public Op terminator() {
        if (ops.isEmpty()) return null;
        Op last = ops.get(ops.size() - 1);
        return last.isTerminator() ? last : null;
    }

    /** Appends {@code op} (which must be detached) and returns it. */
    public Op append(Op op) {
        return insert(ops.size(), op);
    }

    /** Inserts {@code op} (which must be detached) at position {@code index} and returns it. */
    public Op insert(int index, Op op) {
        if (op.block() != null) throw new IllegalStateException(op.name() + " is already in a block");
        ops.add(index, op);
        op.setBlock(this);
        touch();
        return op;
    }

    /** Inserts {@code op} before {@code anchor}, which must be in this block. */
    public Op insertBefore(Op anchor, Op op) {
        int i = indexOf(anchor);
        return insert(i, op);
    }

    /** The position of {@code op} in this block. @throws IllegalArgumentException if it is not here */
    public int indexOf(Op op) {
        for (int i = 0; i < ops.size(); i++) if (ops.get(i) == op) return i;
        throw new IllegalArgumentException(op.name() + " is not in " + this);
    }

    /** Detaches {@code op} from this block without touching its uses (to move it elsewhere). */
    public void remove(Op op) {
        ops.remove(indexOf(op));
        op.setBlock(null);
        touch();
    }

    /** Detaches and returns the ops from position {@code from} to the end (to split or merge blocks). */
    public List<Op> removeFrom(int from) {
        List<Op> tail = new ArrayList<>(ops.subList(from, ops.size()));
        ops.subList(from, ops.size()).clear();
        for (Op o : tail) o.setBlock(null);
        touch();
        return tail;
    }

    /**
     * All blocks control can go to from this block, without duplicates, in op order: successors and side exits
     * of every op, and the unwind target of every may-raise op (explicit or the function's default unwind).
     */
    public List<Block> successorBlocks() {
        LinkedHashSet<Block> out = new LinkedHashSet<>();
        for (Op op : ops) {
            for (BlockCall bc : op.successors()) out.add(bc.target());
            Block u = op.unwindTarget();
            if (u != null) out.add(u);
        }
        return List.copyOf(out);
    }

    /** Whether this is its function's entry block. */
    public boolean isEntry() {
        return function != null && function.entry() == this;
    }

    private void touch() {
        if (function != null) function.touch();
    }

    /** Returns {@code ^bbN}. */
    @Override
    public String toString() {
        return "^" + label();
    }
}
