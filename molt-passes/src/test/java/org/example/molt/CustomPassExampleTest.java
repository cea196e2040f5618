package org.example.molt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.ir.AttrKind;
import dev.molt.ir.Function;
import dev.molt.ir.Module;
import dev.molt.ir.Op;
import dev.molt.ir.OpDef;
import dev.molt.ir.OpRegistry;
import dev.molt.ir.Trait;
import dev.molt.ir.Type;
import dev.molt.ir.text.IrParser;
import dev.molt.ir.text.IrPrinter;
import dev.molt.ir.verify.Verifier;
import dev.molt.passes.Analysis;
import dev.molt.passes.FunctionPass;
import dev.molt.passes.PassContext;
import dev.molt.passes.PassManager;
import dev.molt.passes.PassRegistry;
import dev.molt.passes.PassReport;
import dev.molt.passes.analysis.Analyses;
import dev.molt.passes.analysis.LoopNest;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * What a researcher outside Molt's packages does: define an op, an analysis and a pass, register them, and run
 * the pass in a pipeline with Molt's own passes. Uses only exported API.
 */
class CustomPassExampleTest {
    /** Counts py.call ops per function into pass statistics ("count-calls.@f"); changes nothing. */
    static final class CountCalls implements FunctionPass {
        final Map<String, Integer> seen = new TreeMap<>(); // for the test only; real passes keep no state

        @Override
        public String name() {
            return "count-calls";
        }

        @Override
        public String description() {
            return "count dynamic calls per function";
        }

        @Override
        public Set<Analysis<?>> requires() {
            return Set.of(Analyses.LOOPS);
        }

        @Override
        public Set<Analysis<?>> preserves() {
            return Set.of(Analyses.CFG, Analyses.DOMINATORS, Analyses.LOOPS, Analyses.LIVENESS);
        }

        @Override
        public boolean run(Function f, PassContext ctx) {
            LoopNest loops = ctx.get(Analyses.LOOPS, f);
            int calls = 0, inLoops = 0;
            for (Op op : f.ops())
                if (op.is("py.call")) {
                    calls++;
                    if (loops.depth(op.block()) > 0) inLoops++;
                }
            ctx.count("@" + f.name(), calls);
            ctx.count("@" + f.name() + ".in-loops", inLoops);
            seen.put(f.name(), calls);
            return false;
        }
    }

    static final String PROGRAM = """
            func @main(obj) -> obj {
            ^bb0(v0: obj):
              v1 = py.const.int {value = 2}
              v2 = py.const.int {value = 3}
              v3 = py.mul v1, v2
              v4 = py.call v0, v3
              v5 = py.iter v4
              cf.br ^bb1
            ^bb1:
              v6, v7 = py.next v5
              cf.cond_br v7, ^bb2(v6), ^bb3
            ^bb2(v8: obj):
              v9 = py.call v0, v8
              cf.br ^bb1
            ^bb3:
              v10 = research.tag v4 {label = "hot"}
              cf.return v10
            }

            func @helper() -> obj {
            ^bb0:
              v0 = py.const.none
              cf.return v0
            }
            """;

    @Test
    void customPassRunsInAPipelineWithOurs() {
        // 1. an op of our own, registered beside Molt's standard ones
        OpRegistry ops = OpRegistry.standard();
        ops.register(OpDef.builder("research.tag").operands(Type.OBJ).results(Type.OBJ).attr("label", AttrKind.STR)
                .traits(Trait.PURE).doc("identity with a label").build());
        Module m = IrParser.parseModule(PROGRAM, ops);
        assertEquals(java.util.List.of(), Verifier.verify(m));

        // 2. our pass, by name, in a pipeline string with Molt's passes
        CountCalls counter = new CountCalls();
        PassRegistry passes = PassRegistry.standard().register(counter);
        PassReport report = PassManager.parse("const-fold,count-calls,dce", passes).verifyEach(true).run(m);

        assertEquals(Map.of("helper", 0, "main", 2), counter.seen);
        assertEquals(2L, report.statistics().get("count-calls.@main"));
        assertEquals(1L, report.statistics().get("count-calls.@main.in-loops"));
        assertEquals(0L, report.statistics().get("count-calls.@helper"));
        assertEquals(1L, report.statistics().get("const-fold.folded"));
        String out = IrPrinter.print(m);
        assertTrue(out.contains("v1 = py.const.int {value = 6}\n  v2 = py.call v0, v1"), out);
        assertTrue(out.contains("research.tag v2 {label = \"hot\"}"), out);
        assertEquals("const-fold,count-calls,dce", report.runs().stream().map(PassReport.Run::pass)
                .reduce((a, b) -> a + "," + b).orElseThrow());
    }
}
