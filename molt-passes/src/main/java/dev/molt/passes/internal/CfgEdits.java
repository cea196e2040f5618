package dev.molt.passes.internal;

import dev.molt.ir.Block;
import dev.molt.ir.BlockCall;
import dev.molt.ir.Function;
import dev.molt.ir.Op;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** CFG editing helpers shared by transforms. */
public final class CfgEdits {
    private CfgEdits() {}

    /** Removes blocks unreachable from the entry; returns how many were removed. */
    public static int removeUnreachable(Function f) {
        Set<Block> seen = new LinkedHashSet<>();
        List<Block> work = new ArrayList<>(List.of(f.entry()));
        seen.add(f.entry());
        while (!work.isEmpty()) {
            Block b = work.remove(work.size() - 1);
            for (Block s : b.successorBlocks()) if (s.function() == f && seen.add(s)) work.add(s);
        }
        List<Block> dead = new ArrayList<>();
        for (Block b : f.blocks()) if (!seen.contains(b)) dead.add(b);
        for (Block b : dead) for (Op op : b.ops()) op.dropAllReferences();
        for (Block b : dead) f.removeBlock(b);
        return dead.size();
    }

    /** Every explicit edge (successor or unwind {@link BlockCall}) into each block, in op order. */
    public static Map<Block, List<BlockCall>> incomingEdges(Function f) {
        Map<Block, List<BlockCall>> in = new IdentityHashMap<>();
        for (Block b : f.blocks())
            for (Op op : b.ops()) {
                for (BlockCall bc : op.successors()) in.computeIfAbsent(bc.target(), k -> new ArrayList<>()).add(bc);
                if (op.unwind() != null) in.computeIfAbsent(op.unwind().target(), k -> new ArrayList<>()).add(op.unwind());
            }
        return in;
    }

    /** Whether {@code bc} is its op's unwind edge (its arguments then fill parameters 1.. of the target). */
    public static boolean isUnwind(BlockCall bc) {
        return bc.owner().unwind() == bc;
    }
}
