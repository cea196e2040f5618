package dev.molt.passes.transform;

import dev.molt.ir.Attr;
import dev.molt.ir.Block;
import dev.molt.ir.BlockParam;
import dev.molt.ir.Function;
import dev.molt.ir.Op;
import dev.molt.ir.Trait;
import dev.molt.ir.Type;
import dev.molt.ir.Value;
import dev.molt.ir.cfg.DominatorTree;
import dev.molt.passes.Analysis;
import dev.molt.passes.FunctionPass;
import dev.molt.passes.PassContext;
import dev.molt.passes.analysis.Analyses;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code cse}: dominator-based common subexpression elimination (the scoped hash table walk of Briggs, Cooper
 * and Simpson, "Value Numbering", 1997). A {@link Trait#PURE} op without exits is replaced by an identical op
 * (same name, operands — in either order for {@link Trait#COMMUTATIVE} ops —, attributes and result types) that
 * dominates it. Within a block any earlier op dominates; across blocks an op counts only if no op of its block
 * up to and including it can leave the block (side exit or unwind edge), since such an exit reaches dominated
 * blocks without passing it.
 *
 * <p>Requires dominators; preserves the CFG, dominators and loops. Only pure ops qualify, so {@code py.*}
 * operators, which may raise, are never merged.
 */
public final class CommonSubexpressionElimination implements FunctionPass {
    @Override
    public String name() {
        return "cse";
    }

    @Override
    public String description() {
        return "replace pure ops by identical dominating ones";
    }

    @Override
    public Set<Analysis<?>> requires() {
        return Set.of(Analyses.DOMINATORS);
    }

    @Override
    public Set<Analysis<?>> preserves() {
        return Set.of(Analyses.CFG, Analyses.DOMINATORS, Analyses.LOOPS);
    }

    private record Key(String name, List<Value> operands, Map<String, Attr> attrs, List<Type> types) {
        // Value has identity equality, so List.equals compares operands by identity
    }

    private record Entry(Op op, Block block, boolean reachesChildren) {}

    private static boolean eligible(Op op) {
        return op.is(Trait.PURE) && !op.is(Trait.MAY_RAISE) && !op.isTerminator() && op.successors().isEmpty()
                && op.unwind() == null && !op.results().isEmpty();
    }

    private static boolean exits(Op op) {
        return !op.successors().isEmpty() || op.unwindTarget() != null;
    }

    @Override
    public boolean run(Function f, PassContext ctx) {
        DominatorTree dom = ctx.get(Analyses.DOMINATORS, f);
        Map<Value, Integer> order = new IdentityHashMap<>();
        for (Block b : f.blocks()) {
            for (BlockParam p : b.params()) order.put(p, order.size());
            for (Op op : b.ops()) for (Value r : op.results()) order.put(r, order.size());
        }
        Map<Key, ArrayDeque<Entry>> table = new HashMap<>();
        int removed = 0;
        // iterative pre-order walk of the dominator tree; each frame undoes its insertions on exit
        record Frame(Block block, List<Key> inserted, boolean entered) {}
        ArrayDeque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame(f.entry(), new ArrayList<>(), false));
        while (!stack.isEmpty()) {
            Frame fr = stack.pop();
            if (fr.entered()) {
                for (Key k : fr.inserted()) {
                    ArrayDeque<Entry> d = table.get(k);
                    d.pop();
                    if (d.isEmpty()) table.remove(k);
                }
                continue;
            }
            Block b = fr.block();
            boolean exited = false;
            for (Op op : new ArrayList<>(b.ops())) {
                if (eligible(op)) {
                    Key k = key(op, order);
                    ArrayDeque<Entry> d = table.get(k);
                    Entry e = d == null ? null : d.peek();
                    if (e != null && (e.block() == b || e.reachesChildren())) {
                        for (int i = 0; i < op.results().size(); i++) op.result(i).replaceAllUsesWith(e.op().result(i));
                        op.erase();
                        removed++;
                        continue;
                    }
                    table.computeIfAbsent(k, x -> new ArrayDeque<>()).push(new Entry(op, b, !exited));
                    fr.inserted().add(k);
                }
                if (exits(op)) exited = true;
            }
            stack.push(new Frame(b, fr.inserted(), true));
            List<Block> kids = dom.children(b);
            for (int i = kids.size() - 1; i >= 0; i--) stack.push(new Frame(kids.get(i), new ArrayList<>(), false));
        }
        ctx.count("ops-removed", removed);
        return removed > 0;
    }

    private static Key key(Op op, Map<Value, Integer> order) {
        List<Value> operands = new ArrayList<>(op.operands());
        if (op.is(Trait.COMMUTATIVE) && operands.size() == 2
                && order.getOrDefault(operands.get(0), -1) > order.getOrDefault(operands.get(1), -1))
            operands = List.of(operands.get(1), operands.get(0));
        List<Type> types = new ArrayList<>();
        for (Value r : op.results()) types.add(r.type());
        return new Key(op.name(), List.copyOf(operands), Map.copyOf(op.attributes()), types);
    }
}
