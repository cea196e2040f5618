package dev.molt.passes.analysis;

import dev.molt.ir.Block;
import dev.molt.ir.BlockCall;
import dev.molt.ir.Function;
import dev.molt.ir.Op;
import dev.molt.ir.Trait;
import dev.molt.ir.Type;
import dev.molt.ir.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Liveness of reference-counted values ({@code obj} and {@code cell}) at op granularity, on the CFG split at every
 * op that can leave its block (side exits, unwind edges; docs/ir.md §2), for a backend's reference counting (the C
 * and WebAssembly backends release an owned value where it stops being live: docs/backend-c.md, "Reference counts").
 *
 * <p>{@code liveBefore(op)} = (liveBefore(next op) − results) ∪ operands ∪ ⋃ over the op's edges of
 * (liveIn(target) − params(target)) ∪ edge arguments. The error edge of every op that the backend checks goes to
 * its explicit unwind block, else (for may-raise ops) the default unwind block, else the caller. Iterated to a fixed
 * point over the blocks in reverse layout order.
 */
public final class RefcountLiveness {
    private final Function f;
    private final Map<Op, Set<Value>> before = new IdentityHashMap<>();

    private RefcountLiveness(Function f) {
        this.f = f;
    }

    /** The liveness of {@code f}'s counted values, solved to a fixed point. */
    public static RefcountLiveness of(Function f) {
        RefcountLiveness l = new RefcountLiveness(f);
        l.solve();
        return l;
    }

    /** Whether {@code v} is reference-counted: of type {@code obj} or {@code cell}. */
    public static boolean counted(Value v) {
        return v.type().equals(Type.OBJ) || v.type().equals(Type.CELL);
    }

    /** The block an error in {@code op} goes to, or null for the caller. */
    public static Block errorTarget(Function f, Op op) {
        return switch (op.unwindKind()) {
            case BLOCK -> op.unwind().target();
            case CALLER -> null;
            case DEFAULT -> op.is(Trait.MAY_RAISE) ? f.defaultUnwind() : null;
        };
    }

    /** The counted values live just before {@code op}. */
    public Set<Value> before(Op op) {
        return before.getOrDefault(op, Set.of());
    }

    /** The counted values live just after {@code op} when it falls through (empty for a terminator). */
    public Set<Value> afterFallthrough(Op op) {
        return op.isTerminator() || op.next() == null ? Set.of() : before(op.next());
    }

    /** The counted values the target of {@code edge} needs from before the edge, not counting its arguments. */
    public Set<Value> neededAcross(Block target) {
        if (target.first() == null) return Set.of();
        Set<Value> s = new HashSet<>(before(target.first()));
        s.removeAll(target.params());
        return s;
    }

    private void solve() {
        boolean changed = true;
        List<Block> blocks = new ArrayList<>(f.blocks());
        while (changed) {
            changed = false;
            for (int bi = blocks.size() - 1; bi >= 0; bi--) {
                List<Op> ops = blocks.get(bi).ops();
                for (int i = ops.size() - 1; i >= 0; i--) {
                    Op op = ops.get(i);
                    Set<Value> s = new HashSet<>(afterFallthrough(op));
                    op.results().forEach(s::remove);
                    for (Value v : op.operands()) if (counted(v)) s.add(v);
                    for (BlockCall bc : op.successors()) edge(s, bc.target(), bc.args());
                    Block err = errorTarget(f, op);
                    if (err != null) edge(s, err, op.unwind() != null ? op.unwind().args() : List.of());
                    Set<Value> old = before.get(op);
                    if (old == null || !old.equals(s)) {
                        before.put(op, s);
                        changed = true;
                    }
                }
            }
        }
    }

    private void edge(Set<Value> s, Block target, List<Value> args) {
        s.addAll(neededAcross(target));
        for (Value v : args) if (counted(v)) s.add(v);
    }
}
