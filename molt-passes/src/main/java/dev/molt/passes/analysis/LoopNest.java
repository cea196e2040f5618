package dev.molt.passes.analysis;

import dev.molt.ir.Block;
import dev.molt.ir.cfg.ControlFlowGraph;
import dev.molt.ir.cfg.DominatorTree;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The natural loops of a function and how they nest (Aho, Lam, Sethi, Ullman, "Compilers" §9.6.6): a back edge
 * is an edge {@code t -> h} where {@code h} dominates {@code t}; its loop is {@code h} plus every block that
 * reaches {@code t} without passing {@code h}; loops with the same header are merged.
 *
 * <p>A retreating edge (to a block on the depth-first stack) whose target does not dominate its source makes the
 * CFG irreducible; such cycles form no natural loop, and {@link #isReducible()} is false.
 */
public final class LoopNest {
    /**
     * One natural loop.
     */
    public static final class Loop {
        private final Block header;
        private final Set<Block> blocks;
        private final List<Block> latches;
        private Loop parent;
        private final List<Loop> children = new ArrayList<>();

        Loop(Block header, Set<Block> blocks, List<Block> latches) {
            this.header = header;
            this.blocks = blocks;
            this.latches = latches;
        }

        /** The header, which dominates every block of the loop. */
        public Block header() {
            return header;
        }

        /** The blocks of the loop, header first, including those of inner loops. */
        public Set<Block> blocks() {
            return Collections.unmodifiableSet(blocks);
        }

        /** The sources of back edges to the header. */
        public List<Block> latches() {
            return latches;
        }

        /** The innermost enclosing loop, or {@code null} for an outermost loop. */
        public Loop parent() {
            return parent;
        }

        /** Loops directly nested in this one. */
        public List<Loop> children() {
            return Collections.unmodifiableList(children);
        }

        /** Nesting depth: 1 for an outermost loop. */
        public int depth() {
            return parent == null ? 1 : parent.depth() + 1;
        }

        @Override
        public String toString() {
            return "loop " + header + " " + blocks;
        }
    }

    private final List<Loop> loops;
    private final Map<Block, Loop> innermost = new IdentityHashMap<>();
    private final boolean reducible;

    private LoopNest(DominatorTree dom) {
        ControlFlowGraph cfg = dom.cfg();
        Map<Block, List<Block>> latches = new LinkedHashMap<>();
        for (Block t : dom.reversePostOrder())
            for (Block h : cfg.successors(t))
                if (dom.dominates(h, t)) latches.computeIfAbsent(h, k -> new ArrayList<>()).add(t);
        List<Loop> found = new ArrayList<>();
        for (var e : latches.entrySet()) {
            Block h = e.getKey();
            Set<Block> body = new LinkedHashSet<>();
            body.add(h);
            ArrayDeque<Block> work = new ArrayDeque<>();
            for (Block t : e.getValue()) if (body.add(t)) work.add(t);
            while (!work.isEmpty()) {
                Block x = work.pop();
                for (Block pr : cfg.predecessors(x)) if (dom.reachable(pr) && body.add(pr)) work.add(pr);
            }
            found.add(new Loop(h, body, List.copyOf(e.getValue())));
        }
        // nest: the parent of a loop is the smallest other loop containing its header
        found.sort(Comparator.comparingInt(l -> l.blocks.size()));
        for (int i = 0; i < found.size(); i++) {
            Loop l = found.get(i);
            for (int j = i + 1; j < found.size(); j++) {
                Loop o = found.get(j);
                if (o.blocks.contains(l.header) && o.blocks.size() > l.blocks.size()) {
                    l.parent = o;
                    o.children.add(l);
                    break;
                }
            }
            for (Block b : l.blocks) innermost.putIfAbsent(b, l);
        }
        List<Loop> ordered = new ArrayList<>(found);
        ordered.sort(Comparator.comparingInt(l -> cfg.index(l.header)));
        loops = List.copyOf(ordered);
        reducible = checkReducible(cfg, dom);
    }

    private static boolean checkReducible(ControlFlowGraph cfg, DominatorTree dom) {
        // iterative DFS; an edge to a block on the stack is retreating
        Map<Block, Integer> state = new IdentityHashMap<>(); // 1 = on stack, 2 = done
        ArrayDeque<Block> stack = new ArrayDeque<>();
        ArrayDeque<Integer> edge = new ArrayDeque<>();
        stack.push(cfg.entry());
        edge.push(0);
        state.put(cfg.entry(), 1);
        while (!stack.isEmpty()) {
            Block v = stack.peek();
            int i = edge.pop();
            List<Block> succ = cfg.successors(v);
            if (i < succ.size()) {
                edge.push(i + 1);
                Block w = succ.get(i);
                Integer s = state.get(w);
                if (s == null) {
                    state.put(w, 1);
                    stack.push(w);
                    edge.push(0);
                } else if (s == 1 && !dom.dominates(w, v)) return false;
            } else {
                state.put(v, 2);
                stack.pop();
            }
        }
        return true;
    }

    /** Computes the loop nest from a dominator tree. */
    public static LoopNest of(DominatorTree dom) {
        return new LoopNest(dom);
    }

    /** All natural loops, ordered by header layout position. */
    public List<Loop> loops() {
        return loops;
    }

    /** The outermost loops. */
    public List<Loop> topLevel() {
        return loops.stream().filter(l -> l.parent == null).toList();
    }

    /** The innermost loop containing {@code b}, or {@code null}. */
    public Loop loopFor(Block b) {
        return innermost.get(b);
    }

    /** The loop depth of {@code b} (0 outside loops). */
    public int depth(Block b) {
        Loop l = innermost.get(b);
        return l == null ? 0 : l.depth();
    }

    /** Whether every cycle of the CFG is a natural loop (no irreducible control flow). */
    public boolean isReducible() {
        return reducible;
    }
}
