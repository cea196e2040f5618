package dev.molt.passes.transform;

import dev.molt.ir.Block;
import dev.molt.ir.Function;
import dev.molt.ir.Op;
import dev.molt.ir.OpRegistry;
import dev.molt.ir.OpResult;
import dev.molt.passes.Analysis;
import dev.molt.passes.FunctionPass;
import dev.molt.passes.PassContext;
import dev.molt.passes.analysis.Analyses;
import dev.molt.passes.analysis.RangeCalls;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code range-iter}: {@code c = py.call range, args; it = py.iter c}, the head of {@code for i in range(...)},
 * becomes {@code it = py.range_iter range, args} when {@code c} has no other use and the iter directly follows
 * the call ({@link RangeCalls} recognises the call; positional arguments only, 1 to 3 of them). The range object
 * was never observable, so the runtime can make the iterator without it; a rebound {@code range} still gets the
 * generic call then {@code iter}. The fused op takes the call's location and unwind edge; the two ops must
 * unwind alike (so no edge of the CFG changes; both raise on the same line, and {@code iter} of a range cannot
 * raise).
 *
 * <p>Requires nothing; preserves the CFG (no terminator changes), dominators and loops.
 */
public final class RangeIter implements FunctionPass {
    @Override
    public String name() {
        return "range-iter";
    }

    @Override
    public String description() {
        return "iterate range(...) of for loops without making the range object";
    }

    @Override
    public Set<Analysis<?>> preserves() {
        return Set.of(Analyses.CFG, Analyses.DOMINATORS, Analyses.LOOPS);
    }

    @Override
    public boolean run(Function f, PassContext ctx) {
        int fused = 0;
        for (Block b : f.blocks())
            for (Op iter : new ArrayList<>(b.ops())) {
                if (!iter.is("py.iter") || !(iter.operand(0) instanceof OpResult r)) continue;
                Op call = r.op();
                if (!call.is("py.call") || call.next() != iter || r.useCount() != 1 || !RangeCalls.isRangeCall(call)
                        || call.attr("kwnames") != null || call.operands().size() < 2 || call.operands().size() > 4
                        || !iter.unwindsLike(call))
                    continue;
                Op fusedOp = Op.create(OpRegistry.defaults().get("py.range_iter"), List.copyOf(call.operands()), 1);
                call.attributes().forEach(fusedOp::setAttr);
                fusedOp.setUnwindLike(call);
                b.insertBefore(call, fusedOp);
                iter.result().replaceAllUsesWith(fusedOp.result());
                iter.erase();
                call.erase();
                fused++;
            }
        ctx.count("fused", fused);
        return fused > 0;
    }
}
