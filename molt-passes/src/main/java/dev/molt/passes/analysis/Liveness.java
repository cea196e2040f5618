package dev.molt.passes.analysis;

import dev.molt.ir.Block;
import dev.molt.ir.BlockCall;
import dev.molt.ir.Op;
import dev.molt.ir.Value;
import dev.molt.ir.cfg.ControlFlowGraph;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which SSA values are live at the entry and exit of each block, by the classic backward dataflow
 * {@code in(B) = use(B) ∪ (out(B) − def(B))}, {@code out(B) = ∪ in(S)} iterated to a fixed point in post-order.
 * A block's parameters are defined at its entry, so they are never live-in; block arguments are uses at the end
 * of the predecessor (or at the raising op, for unwind edges and side exits, which this block-level view rounds
 * to "in the block").
 */
public final class Liveness {
    private final Map<Block, Set<Value>> in = new IdentityHashMap<>();
    private final Map<Block, Set<Value>> out = new IdentityHashMap<>();

    private Liveness(ControlFlowGraph cfg) {
        Map<Block, Set<Value>> use = new IdentityHashMap<>();
        Map<Block, Set<Value>> def = new IdentityHashMap<>();
        for (Block b : cfg.blocks()) {
            Set<Value> u = new LinkedHashSet<>(), d = Collections.newSetFromMap(new IdentityHashMap<>());
            d.addAll(b.params());
            for (Op op : b.ops()) {
                for (Value v : op.operands()) if (!d.contains(v)) u.add(v);
                for (BlockCall bc : op.successors()) for (Value v : bc.args()) if (!d.contains(v)) u.add(v);
                if (op.unwind() != null) for (Value v : op.unwind().args()) if (!d.contains(v)) u.add(v);
                d.addAll(op.results());
            }
            use.put(b, u);
            def.put(b, d);
            in.put(b, new LinkedHashSet<>(u));
            out.put(b, new LinkedHashSet<>());
        }
        List<Block> rpo = cfg.reversePostOrder();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = rpo.size() - 1; i >= 0; i--) {
                Block b = rpo.get(i);
                Set<Value> o = out.get(b);
                for (Block s : cfg.successors(b)) changed |= o.addAll(in.get(s));
                Set<Value> inB = in.get(b);
                for (Value v : o) if (!def.get(b).contains(v)) changed |= inB.add(v);
            }
        }
    }

    /** Computes liveness over {@code cfg}. */
    public static Liveness of(ControlFlowGraph cfg) {
        return new Liveness(cfg);
    }

    /** Values live at the entry of {@code b} (read-only). */
    public Set<Value> liveIn(Block b) {
        return Collections.unmodifiableSet(in.get(b));
    }

    /** Values live at the exit of {@code b} (read-only). */
    public Set<Value> liveOut(Block b) {
        return Collections.unmodifiableSet(out.get(b));
    }
}
