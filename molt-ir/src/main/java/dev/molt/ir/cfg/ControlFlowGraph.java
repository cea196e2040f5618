package dev.molt.ir.cfg;

import dev.molt.ir.Block;
import dev.molt.ir.Function;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * A snapshot of a function's block-level control flow graph: successors and predecessors of every block
 * (including side exits and unwind edges, see {@link Block#successorBlocks()}), and reverse post-order from the
 * entry. It does not follow later changes to the function; recompute it (passes get it from the analysis cache).
 */
public final class ControlFlowGraph {
    private final Function function;
    private final List<Block> blocks;
    private final Map<Block, Integer> index = new IdentityHashMap<>();
    private final List<List<Block>> succs = new ArrayList<>();
    private final List<List<Block>> preds = new ArrayList<>();
    final int[][] succIdx;

    private ControlFlowGraph(Function f) {
        this.function = f;
        this.blocks = List.copyOf(f.blocks());
        for (int i = 0; i < blocks.size(); i++) {
            index.put(blocks.get(i), i);
            preds.add(new ArrayList<>());
        }
        succIdx = new int[blocks.size()][];
        for (int i = 0; i < blocks.size(); i++) {
            List<Block> s = new ArrayList<>();
            for (Block t : blocks.get(i).successorBlocks()) if (index.containsKey(t)) s.add(t);
            succs.add(Collections.unmodifiableList(s));
            succIdx[i] = new int[s.size()];
            for (int j = 0; j < s.size(); j++) {
                succIdx[i][j] = index.get(s.get(j));
                preds.get(succIdx[i][j]).add(blocks.get(i));
            }
        }
    }

    /** Computes the CFG of {@code f}. @throws IllegalArgumentException if {@code f} has no blocks */
    public static ControlFlowGraph of(Function f) {
        if (f.entry() == null) throw new IllegalArgumentException("@" + f.name() + " has no blocks");
        return new ControlFlowGraph(f);
    }

    /** The function. */
    public Function function() {
        return function;
    }

    /** The blocks in layout order (as of construction). */
    public List<Block> blocks() {
        return blocks;
    }

    /** The entry block. */
    public Block entry() {
        return blocks.get(0);
    }

    /** The dense index of {@code b} (layout position at construction), or -1. */
    public int index(Block b) {
        return index.getOrDefault(b, -1);
    }

    /** Distinct successor blocks of {@code b}. */
    public List<Block> successors(Block b) {
        return succs.get(index.get(b));
    }

    /** Distinct predecessor blocks of {@code b}, in layout order of the predecessors. */
    public List<Block> predecessors(Block b) {
        return Collections.unmodifiableList(preds.get(index.get(b)));
    }

    /** The blocks reachable from the entry in reverse post-order (depth-first, successors in op order). */
    public List<Block> reversePostOrder() {
        DominatorTree d = DominatorTree.of(this);
        return d.reversePostOrder();
    }

    /** Whether {@code b} is reachable from the entry. */
    public boolean reachable(Block b) {
        LinkedHashSet<Block> seen = new LinkedHashSet<>();
        List<Block> work = new ArrayList<>(List.of(entry()));
        seen.add(entry());
        while (!work.isEmpty()) {
            Block x = work.remove(work.size() - 1);
            if (x == b) return true;
            for (Block s : successors(x)) if (seen.add(s)) work.add(s);
        }
        return false;
    }
}
