package dev.molt.passes.transform;

import dev.molt.ir.Block;
import dev.molt.ir.Function;
import dev.molt.ir.Op;
import dev.molt.ir.OpResult;
import dev.molt.ir.Trait;
import dev.molt.ir.Value;
import dev.molt.passes.FunctionPass;
import dev.molt.passes.PassContext;
import dev.molt.passes.internal.CfgEdits;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code dce}: deletes blocks unreachable from the entry, then ops whose results are all unused and that have
 * no effect: {@link Trait#PURE} or {@link Trait#ALLOC} ops that cannot raise, are not terminators and have no
 * side exits. A worklist revisits the definers of a deleted op's operands.
 *
 * <p>Requires nothing; breaks the CFG (when blocks go) and liveness.
 */
public final class DeadCodeElimination implements FunctionPass {
    @Override
    public String name() {
        return "dce";
    }

    @Override
    public String description() {
        return "delete unreachable blocks and unused side-effect-free ops";
    }

    /** Whether {@code op} may be deleted when its results are unused. */
    public static boolean isRemovable(Op op) {
        return (op.is(Trait.PURE) || op.is(Trait.ALLOC)) && !op.is(Trait.MAY_RAISE) && !op.isTerminator()
                && op.successors().isEmpty() && op.unwind() == null;
    }

    private static boolean dead(Op op) {
        if (op.block() == null || !isRemovable(op)) return false;
        for (OpResult r : op.results()) if (r.hasUses()) return false;
        return true;
    }

    @Override
    public boolean run(Function f, PassContext ctx) {
        int blocks = CfgEdits.removeUnreachable(f);
        ArrayDeque<Op> work = new ArrayDeque<>();
        for (Block b : f.blocks()) {
            List<Op> ops = new ArrayList<>(b.ops());
            for (int i = ops.size() - 1; i >= 0; i--) work.add(ops.get(i));
        }
        int removed = 0;
        while (!work.isEmpty()) {
            Op op = work.poll();
            if (!dead(op)) continue;
            List<Value> operands = List.copyOf(op.operands());
            op.erase();
            removed++;
            for (Value v : operands) if (v instanceof OpResult r && dead(r.op())) work.add(r.op());
        }
        ctx.count("blocks-removed", blocks);
        ctx.count("ops-removed", removed);
        return blocks + removed > 0;
    }
}
