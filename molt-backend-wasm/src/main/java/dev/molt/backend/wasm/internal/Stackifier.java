package dev.molt.backend.wasm.internal;

import dev.molt.backend.wasm.BlockType;
import dev.molt.backend.wasm.InstructionWriter;
import dev.molt.backend.wasm.Label;
import dev.molt.ir.Block;
import dev.molt.ir.BlockCall;
import dev.molt.ir.Function;
import dev.molt.ir.Op;
import dev.molt.ir.cfg.ControlFlowGraph;
import dev.molt.ir.cfg.DominatorTree;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Structured control flow from a reducible CFG, after N. Ramsey, "Beyond Relooper: recursive translation of
 * unstructured control flow to structured control flow (functional pearl)", ICFP 2022 — the dominator-tree
 * algorithm LLVM's WebAssembly backend also follows (WebAssemblyCFGStackify).
 *
 * <p>Vocabulary: RPO numbers order blocks; an edge {@code a -> b} is <em>backward</em> when
 * {@code rpo(b) <= rpo(a)} (in a reducible CFG, {@code b} is then a loop header dominating {@code a});
 * a block is a <em>merge node</em> when it has two or more forward in-edges (counted per edge, so a
 * {@code cond_br} with both arms to one block makes it a merge node).
 *
 * <pre>
 * doTree(x)          = loop { nodeWithin(x, mergeChildren(x)) } if x is a loop header, else nodeWithin(...)
 * nodeWithin(x, [])  = code of x, each branch translated by doBranch
 * nodeWithin(x, y:ys)= block { nodeWithin(x, ys) } ; doTree(y)     -- ys: merge children, highest RPO first
 * doBranch(a -> b)   = br to b's loop label       if backward
 *                    | br to the block ending before b   if b is a merge node
 *                    | doTree(b) inlined here     otherwise (a is b's only forward predecessor and idom)
 * </pre>
 *
 * <p>Every construct has the empty block type; values cross edges through locals (the lowering copies block
 * arguments before calling {@link #branch}). Code emitted for a block always ends in a branch, return or
 * unreachable, so no construct is left by falling through into unrelated code.
 *
 * <p>Unwind edges (an op's error exit to its handler or the default unwind block) are edges like branch edges.
 *
 * <p>Requires: a reducible CFG (checked: {@link UnsupportedOperationException} names the offending edge).
 */
public final class Stackifier {
    /** Emits the straight-line code of one block, calling {@link #branch} for each of its outgoing edges. */
    public interface BlockCode {
        /** Emits block {@code b}. */
        void emit(Block b, Stackifier s);
    }

    private final InstructionWriter w;
    private final BlockCode code;
    private final DominatorTree dom;
    private final Map<Block, Integer> rpo = new IdentityHashMap<>();
    private final Map<Block, Integer> forwardIn = new IdentityHashMap<>();
    private final Map<Block, Boolean> loopHeader = new IdentityHashMap<>();
    private final Map<Block, Label> loopLabels = new HashMap<>();
    private final Map<Block, Label> blockLabels = new HashMap<>();

    private Stackifier(Function f, InstructionWriter w, BlockCode code) {
        this.w = w;
        this.code = code;
        ControlFlowGraph cfg = ControlFlowGraph.of(f);
        this.dom = DominatorTree.of(cfg);
        List<Block> order = dom.reversePostOrder();
        for (int i = 0; i < order.size(); i++) {
            rpo.put(order.get(i), i);
        }
        for (Block a : order) {
            for (Op op : a.ops()) {
                List<Block> targets = new ArrayList<>();
                for (BlockCall edge : op.successors()) {
                    targets.add(edge.target());
                }
                if (op.unwindTarget() != null) {
                    targets.add(op.unwindTarget()); // an error exit of the op (docs/ir.md §2), an edge like the others
                }
                for (Block b : targets) {
                    if (rpo.get(b) <= rpo.get(a)) {
                        if (!dom.dominates(b, a)) {
                            throw new UnsupportedOperationException("wasm lowering: irreducible control flow in @"
                                    + f.name() + ": edge " + a + " -> " + b + " enters a loop not at its header");
                        }
                        loopHeader.put(b, true);
                    } else {
                        forwardIn.merge(b, 1, Integer::sum);
                    }
                }
            }
        }
    }

    /** Emits structured code for the whole of {@code f} into {@code w}. */
    public static void emit(Function f, InstructionWriter w, BlockCode code) {
        Stackifier s = new Stackifier(f, w, code);
        s.doTree(f.entry());
    }

    private boolean isMerge(Block b) {
        return forwardIn.getOrDefault(b, 0) >= 2;
    }

    private void doTree(Block x) {
        List<Block> merges = new ArrayList<>();
        for (Block c : dom.children(x)) {
            if (isMerge(c)) {
                merges.add(c);
            }
        }
        merges.sort(Comparator.comparing((Block b) -> rpo.get(b)).reversed());
        if (loopHeader.containsKey(x)) {
            loopLabels.put(x, w.loop(BlockType.EMPTY));
            nodeWithin(x, merges, 0);
            w.end();
            loopLabels.remove(x);
        } else {
            nodeWithin(x, merges, 0);
        }
    }

    private void nodeWithin(Block x, List<Block> merges, int from) {
        if (from == merges.size()) {
            code.emit(x, this);
            return;
        }
        Block y = merges.get(from);
        blockLabels.put(y, w.block(BlockType.EMPTY));
        nodeWithin(x, merges, from + 1);
        w.end();
        blockLabels.remove(y);
        doTree(y);
    }

    /**
     * Transfers control from block {@code from} to {@code to} (block arguments already copied): a {@code br}
     * for backward edges and edges to merge nodes, otherwise the target's code inline.
     */
    public void branch(Block from, Block to) {
        if (rpo.get(to) <= rpo.get(from)) {
            w.br(loopLabels.get(to));
        } else if (isMerge(to)) {
            w.br(blockLabels.get(to));
        } else {
            doTree(to);
        }
    }
}
