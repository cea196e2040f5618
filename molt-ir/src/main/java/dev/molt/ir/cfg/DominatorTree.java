package dev.molt.ir.cfg;

import dev.molt.ir.Block;
import dev.molt.ir.internal.Dominance;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The dominator tree of a {@link ControlFlowGraph}, computed with Cooper, Harvey and Kennedy's iterative
 * algorithm ("A Simple, Fast Dominance Algorithm", 2001) over reverse post-order; queries are O(1) through
 * pre/post numbering of the tree. Dominance frontiers follow the same paper (§4).
 *
 * <p>This is block-level dominance. A value defined in a block after a side exit or a may-raise op does not
 * reach that exit's target even when the block dominates it; the {@link dev.molt.ir.verify.Verifier} checks
 * values at that finer grain. Unreachable blocks are dominated by nothing.
 *
 * <p>Lives in molt-ir (like LLVM's {@code IR/Dominators.h}) because the verifier needs it; molt-passes offers it
 * as a cached analysis.
 */
public final class DominatorTree {
    private final ControlFlowGraph cfg;
    private final Dominance dom;

    private DominatorTree(ControlFlowGraph cfg) {
        this.cfg = cfg;
        this.dom = new Dominance(cfg.blocks().size(), 0, cfg.succIdx);
    }

    /** Computes the dominator tree of {@code cfg}. */
    public static DominatorTree of(ControlFlowGraph cfg) {
        return new DominatorTree(cfg);
    }

    /** The CFG this tree was computed from. */
    public ControlFlowGraph cfg() {
        return cfg;
    }

    /** The immediate dominator of {@code b}; {@code null} for the entry and unreachable blocks. */
    public Block idom(Block b) {
        int i = cfg.index(b);
        if (i <= 0 || dom.idom[i] < 0) return null;
        return cfg.blocks().get(dom.idom[i]);
    }

    /** Whether {@code a} dominates {@code b} (every block dominates itself). */
    public boolean dominates(Block a, Block b) {
        int i = cfg.index(a), j = cfg.index(b);
        if (i < 0 || j < 0) return false;
        return dom.dominates(i, j);
    }

    /** Whether {@code a} dominates {@code b} and {@code a != b}. */
    public boolean strictlyDominates(Block a, Block b) {
        return a != b && dominates(a, b);
    }

    /** Whether {@code b} is reachable from the entry. */
    public boolean reachable(Block b) {
        int i = cfg.index(b);
        return i >= 0 && dom.reachable(i);
    }

    /** The children of {@code b} in the dominator tree. */
    public List<Block> children(Block b) {
        List<Block> out = new ArrayList<>();
        for (int c : dom.children(cfg.index(b))) out.add(cfg.blocks().get(c));
        return out;
    }

    /** The reachable blocks in reverse post-order. */
    public List<Block> reversePostOrder() {
        List<Block> out = new ArrayList<>(dom.rpo.length);
        for (int i : dom.rpo) out.add(cfg.blocks().get(i));
        return out;
    }

    /** The dominance frontier of {@code b}: blocks where {@code b}'s dominance ends (CHK 2001, Figure 5). */
    public Set<Block> frontier(Block b) {
        Set<Block> out = new LinkedHashSet<>();
        for (Block y : cfg.blocks()) {
            if (!reachable(y)) continue;
            List<Block> preds = cfg.predecessors(y);
            if (preds.size() < 2) continue;
            for (Block pr : preds) {
                if (!reachable(pr)) continue;
                Block runner = pr;
                while (runner != null && runner != idom(y) && y != cfg.entry()) {
                    if (runner == b) out.add(y);
                    runner = idom(runner);
                }
            }
        }
        return out;
    }
}
