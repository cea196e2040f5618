package dev.molt.passes.analysis;

import dev.molt.ir.cfg.ControlFlowGraph;
import dev.molt.ir.cfg.DominatorTree;
import dev.molt.passes.Analysis;

/** Molt's standard analyses, as keys for {@link dev.molt.passes.PassContext#get}. */
public final class Analyses {
    private Analyses() {}

    /** The block-level CFG (successors, predecessors; unwind edges and side exits included). */
    public static final Analysis.OfFunction<ControlFlowGraph> CFG = Analysis.ofFunction("cfg", (f, ctx) -> ControlFlowGraph.of(f));

    /** The dominator tree (Cooper-Harvey-Kennedy 2001). */
    public static final Analysis.OfFunction<DominatorTree> DOMINATORS =
            Analysis.ofFunction("dominators", (f, ctx) -> DominatorTree.of(ctx.get(CFG, f)));

    /** The natural-loop nest, with irreducibility detection. */
    public static final Analysis.OfFunction<LoopNest> LOOPS =
            Analysis.ofFunction("loops", (f, ctx) -> LoopNest.of(ctx.get(DOMINATORS, f)));

    /** Live-in and live-out values per block. */
    public static final Analysis.OfFunction<Liveness> LIVENESS =
            Analysis.ofFunction("liveness", (f, ctx) -> Liveness.of(ctx.get(CFG, f)));

    /** Direct call and function-creation edges between the module's functions. */
    public static final Analysis.OfModule<CallGraph> CALL_GRAPH = Analysis.ofModule("call-graph", (m, ctx) -> CallGraph.of(m));
}
