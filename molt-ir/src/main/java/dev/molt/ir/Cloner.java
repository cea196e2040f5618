package dev.molt.ir;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deep copies of IR: a whole function ({@link #copy}), or a function's blocks into another function
 * ({@link #cloneBlocks}, what an inliner needs). Ops keep their {@link OpDef}s; attributes are immutable and
 * shared.
 */
public final class Cloner {
    private Cloner() {}

    /**
     * A copy of {@code f} named {@code name}, not in any module, with the same signature, attributes, blocks,
     * ops and default unwind block. {@code IrPrinter} prints both identically apart from the name.
     */
    public static Function copy(Function f, String name) {
        Function g = new Function(name, f.signature());
        f.attributes().forEach(g::setAttr);
        Map<Block, Block> blocks = cloneBlocks(f, g, new IdentityHashMap<>());
        if (f.defaultUnwind() != null) g.setDefaultUnwind(blocks.get(f.defaultUnwind()));
        return g;
    }

    /**
     * Appends copies of all blocks of {@code from} to {@code into}, with their parameters, in layout order.
     * {@code valueMap} maps values of {@code from} to values to use instead (e.g. the callee's entry parameters
     * to call arguments, whose block parameters then stay unused); it is extended with every cloned value.
     * Ops using values neither in {@code valueMap} nor defined in {@code from} keep them as they are.
     *
     * @return the map from each block of {@code from} to its copy
     */
    public static Map<Block, Block> cloneBlocks(Function from, Function into, Map<Value, Value> valueMap) {
        Map<Block, Block> blocks = new IdentityHashMap<>();
        for (Block b : from.blocks()) {
            Block c = into.createBlock();
            blocks.put(b, c);
            for (BlockParam p : b.params()) {
                BlockParam q = c.addParam(p.type());
                valueMap.putIfAbsent(p, q);
            }
        }
        List<Op[]> pairs = new ArrayList<>();
        for (Block b : from.blocks())
            for (Op op : b.ops()) {
                List<Type> types = new ArrayList<>();
                for (OpResult r : op.results()) types.add(r.type());
                Op c = Op.create(op.def(), List.of(), types);
                op.attributes().forEach(c::setAttr);
                blocks.get(b).append(c);
                for (int i = 0; i < types.size(); i++) valueMap.put(op.result(i), c.result(i));
                pairs.add(new Op[] {op, c});
            }
        for (Op[] pr : pairs) {
            Op op = pr[0], c = pr[1];
            c.setOperands(map(op.operands(), valueMap));
            for (BlockCall bc : op.successors()) c.addSuccessor(target(bc.target(), blocks), map(bc.args(), valueMap));
            switch (op.unwindKind()) {
                case BLOCK -> c.setUnwind(target(op.unwind().target(), blocks), map(op.unwind().args(), valueMap));
                case CALLER -> c.setUnwindToCaller();
                case DEFAULT -> { }
            }
        }
        return blocks;
    }

    private static Block target(Block b, Map<Block, Block> blocks) {
        Block t = blocks.get(b);
        return t != null ? t : b;
    }

    private static List<Value> map(List<Value> vs, Map<Value, Value> valueMap) {
        List<Value> out = new ArrayList<>(vs.size());
        for (Value v : vs) out.add(valueMap.getOrDefault(v, v));
        return out;
    }
}
