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
    private Op first;
    private Op last;
    private int size;
    private List<Op> view;

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

    /**
     * The ops in order: an unmodifiable snapshot, rebuilt only after the block changed, so iterating it while
     * inserting or erasing ops is safe. Ops are kept in an intrusive doubly linked list (as in LLVM and MLIR),
     * so inserting before an op and removing one take constant time.
     */
    public List<Op> ops() {
        if (view == null) {
            List<Op> l = new ArrayList<>(size);
            for (Op o = first; o != null; o = o.next) l.add(o);
            view = Collections.unmodifiableList(l);
        }
        return view;
    }

    /** The number of ops. */
    public int size() {
        return size;
    }

    /** The first op, or {@code null} if the block is empty. */
    public Op first() {
        return first;
    }

    /** The last op, or {@code null} if the block is empty. */
    public Op last() {
        return last;
    }

    /** The last op if it is a terminator, else {@code null}. */
    public Op terminator() {
        return last != null && last.isTerminator() ? last : null;
    }

    /** Appends {@code op} (which must be detached) and returns it. */
    public Op append(Op op) {
        return link(op, last, null);
    }

    /** Inserts {@code op} (which must be detached) at position {@code index} (0..size) and returns it. */
    public Op insert(int index, Op op) {
        if (index < 0 || index > size) throw new IndexOutOfBoundsException(index);
        if (index == size) return append(op);
        return insertBefore(nth(index), op);
    }

    /** Inserts {@code op} (which must be detached) right before {@code anchor}, which must be in this block. */
    public Op insertBefore(Op anchor, Op op) {
        if (anchor.block() != this) throw new IllegalArgumentException(anchor.name() + " is not in " + this);
        return link(op, anchor.prev, anchor);
    }

    private Op nth(int index) {
        Op o = first;
        for (int i = 0; i < index; i++) o = o.next;
        return o;
    }

    private Op link(Op op, Op before, Op after) {
        if (op.block() != null) throw new IllegalStateException(op.name() + " is already in a block");
        op.prev = before;
        op.next = after;
        if (before == null) first = op;
        else before.next = op;
        if (after == null) last = op;
        else after.prev = op;
        size++;
        op.setBlock(this);
        changed();
        return op;
    }

    /** The position of {@code op} in this block (linear time). @throws IllegalArgumentException if it is not here */
    public int indexOf(Op op) {
        if (op.block() == this) {
            int i = 0;
            for (Op o = first; o != null; o = o.next, i++) if (o == op) return i;
        }
        throw new IllegalArgumentException(op.name() + " is not in " + this);
    }

    /** Detaches {@code op} from this block without touching its uses (to move it elsewhere). */
    public void remove(Op op) {
        if (op.block() != this) throw new IllegalArgumentException(op.name() + " is not in " + this);
        if (op.prev == null) first = op.next;
        else op.prev.next = op.next;
        if (op.next == null) last = op.prev;
        else op.next.prev = op.prev;
        op.prev = null;
        op.next = null;
        size--;
        op.setBlock(null);
        changed();
    }

    /** Detaches and returns the ops from position {@code from} to the end (to split or merge blocks). */
    public List<Op> removeFrom(int from) {
        List<Op> tail = new ArrayList<>(ops().subList(from, size));
        for (Op o : tail) remove(o);
        return tail;
    }

    /**
     * All blocks control can go to from this block, without duplicates, in op order: successors and side exits
     * of every op, and the unwind target of every may-raise op (explicit or the function's default unwind).
     */
    public List<Block> successorBlocks() {
        LinkedHashSet<Block> out = new LinkedHashSet<>();
        for (Op op = first; op != null; op = op.next) {
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

    private void changed() {
        view = null;
        touch();
    }

    /** Returns {@code ^bbN}. */
    @Override
    public String toString() {
        return "^" + label();
    }
}
