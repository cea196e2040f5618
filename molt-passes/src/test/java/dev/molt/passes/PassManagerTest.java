package dev.molt.passes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.ir.Block;
import dev.molt.ir.Function;
import dev.molt.ir.Module;
import dev.molt.ir.Op;
import dev.molt.ir.cfg.DominatorTree;
import dev.molt.ir.text.IrParser;
import dev.molt.passes.analysis.Analyses;
import dev.molt.passes.transform.ConstFold;
import dev.molt.passes.transform.DeadCodeElimination;
import dev.molt.passes.transform.SimplifyCfg;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PassManagerTest {
    static final String SRC = """
            func @f() -> obj {
            ^bb0:
              v0 = py.const.int {value = 1}
              v1 = py.const.int {value = 2}
              v2 = py.add v0, v1
              cf.return v2
            }
            """;

    @Test
    void unknownPassListsKnownOnes() {
        PassException e = assertThrows(PassException.class, () -> Pipeline.parse("const-fold,dcee", PassRegistry.standard()));
        assertEquals("unknown pass 'dcee'; known passes and pipelines: O0, O2, const-fold, cse, dce, range-iter, simplify-cfg, unbox-floats, verify", e.getMessage());
    }

    @Test
    void namedPipelinesExpand() {
        PassRegistry r = PassRegistry.standard();
        assertEquals(Pipelines.O2, Pipeline.parse("O2", r).toString());
        assertEquals("", Pipeline.parse("O0", r).toString());
        assertEquals("verify," + Pipelines.O2 + ",verify", Pipeline.parse(" verify , O2, verify", r).toString());
        assertThrows(PassException.class, () -> Pipeline.parse("dce,,dce", r));
    }

    @Test
    void pipelineIsEditableByClassUntilFrozen() {
        Pipeline p = Pipeline.parse("const-fold,dce", PassRegistry.standard());
        p.insertBefore(DeadCodeElimination.class, new SimplifyCfg());
        assertEquals("const-fold,simplify-cfg,dce", p.toString());
        p.remove(ConstFold.class);
        assertEquals("simplify-cfg,dce", p.toString());
        assertNotNull(p.find(SimplifyCfg.class));
        p.freeze();
        assertThrows(IllegalStateException.class, () -> p.append(new ConstFold()));
    }

    @Test
    void printAfterShowsIrOnlyWhenChanged() {
        Module m = IrParser.parseModule(SRC);
        List<String> printed = new ArrayList<>();
        PassReport rep = PassManager.parse("const-fold,simplify-cfg,dce", PassRegistry.standard())
                .printAfter("all").output(printed::add).run(m);
        assertEquals(2, printed.size(), printed.toString()); // simplify-cfg changes nothing here
        assertTrue(printed.get(0).startsWith("; IR after const-fold\n"));
        assertTrue(printed.get(1).contains("v0 = py.const.int {value = 3}\n  cf.return v0"), printed.get(1));
        assertEquals(List.of(true, false, true), rep.runs().stream().map(PassReport.Run::changed).toList());
        assertTrue(rep.timingReport().contains("const-fold"));
        assertTrue(rep.timingReport().contains("simplify-cfg (no change)"));
    }

    /** A pass that deletes a terminator: verify-each names it. */
    @Test
    void verifyEachCatchesABrokenPass() {
        FunctionPass breaker = new FunctionPass() {
            @Override
            public String name() {
                return "breaker";
            }

            @Override
            public boolean run(Function f, PassContext ctx) {
                Op t = f.entry().terminator();
                t.dropAllReferences();
                f.entry().remove(t);
                return true;
            }
        };
        Module m = IrParser.parseModule(SRC);
        PassException e = assertThrows(PassException.class,
                () -> new PassManager(Pipeline.of(new ConstFold(), breaker)).verifyEach(true).run(m));
        assertTrue(e.getMessage().startsWith("IR is invalid after pass 'breaker':\nverify: @f ^bb0:"), e.getMessage());
    }

    @Test
    void instrumentationAndPrintBeforeSeeEveryPass() {
        Module m = IrParser.parseModule(SRC);
        List<String> log = new ArrayList<>();
        PassInstrumentation logger = new PassInstrumentation() {
            @Override
            public void beforePass(Pass pass, Module module) {
                log.add("before " + pass.name());
            }

            @Override
            public void afterPass(Pass pass, Module module, boolean changed) {
                log.add("after " + pass.name() + " " + changed);
            }
        };
        List<String> printed = new ArrayList<>();
        PassManager.parse("const-fold,dce", PassRegistry.standard()).instrument(logger).printBefore("dce")
                .output(printed::add).run(m);
        assertEquals(List.of("before const-fold", "after const-fold true", "before dce", "after dce true"), log);
        assertEquals(1, printed.size());
        assertTrue(printed.get(0).startsWith("; IR before dce\n"), printed.get(0));
        assertTrue(printed.get(0).contains("py.const.int {value = 3}"), printed.get(0));
    }

    @Test
    void verifyEachChecksTheInputFirst() {
        Module m = IrParser.parseModule("func @f() -> obj {\n^bb0:\n  v0 = py.const.none\n}\n");
        PassException e = assertThrows(PassException.class, () -> PassManager.parse("dce", PassRegistry.standard()).verifyEach(true).run(m));
        assertTrue(e.getMessage().startsWith("IR is invalid before the pipeline:\nverify: @f ^bb0: v0 = py.const.none: block does not end"), e.getMessage());
    }

    @Test
    void analysesAreCachedAndInvalidatedUnlessPreserved() {
        Module m = IrParser.parseModule(SRC);
        Function f = m.function("f");
        List<DominatorTree> seen = new ArrayList<>();
        FunctionPass look = new FunctionPass() {
            @Override
            public String name() {
                return "look";
            }

            @Override
            public Set<Analysis<?>> requires() {
                return Set.of(Analyses.DOMINATORS);
            }

            @Override
            public boolean run(Function fn, PassContext ctx) {
                assertTrue(ctx.isCached(Analyses.DOMINATORS, fn), "required analyses are computed before the pass");
                seen.add(ctx.get(Analyses.DOMINATORS, fn));
                return false;
            }
        };
        FunctionPass touchPreserving = new FunctionPass() {
            @Override
            public String name() {
                return "touch-preserving";
            }

            @Override
            public Set<Analysis<?>> preserves() {
                return Set.of(Analyses.DOMINATORS, Analyses.CFG);
            }

            @Override
            public boolean run(Function fn, PassContext ctx) {
                return true;
            }
        };
        FunctionPass touch = new FunctionPass() {
            @Override
            public String name() {
                return "touch";
            }

            @Override
            public boolean run(Function fn, PassContext ctx) {
                return true;
            }
        };
        new PassManager(Pipeline.of(look, look, touchPreserving, look, touch, look)).run(m);
        assertEquals(4, seen.size());
        assertSame(seen.get(0), seen.get(1), "cached between passes");
        assertSame(seen.get(1), seen.get(2), "preserved by touch-preserving");
        assertFalse(seen.get(2) == seen.get(3), "invalidated by touch");
        Block entry = f.entry();
        assertTrue(seen.get(3).reachable(entry));
    }

    @Test
    void verifyPassReportsEveryError() {
        Module m = IrParser.parseModule("""
                func @f(obj) -> obj {
                ^bb0(v0: obj):
                  v1 = py.neg v0, v0
                  v2 = py.getattr v0
                  cf.return v2
                }
                """);
        PassException e = assertThrows(PassException.class, () -> PassManager.parse("verify", PassRegistry.standard()).run(m));
        assertEquals(2, e.getMessage().lines().count(), e.getMessage());
    }

    /** A module pass that deletes functions nothing references, using the call-graph analysis. */
    @Test
    void modulePassesRunOnceAndSeeModuleAnalyses() {
        Module m = IrParser.parseModule("""
                func @main() -> obj {
                ^bb0:
                  v0 = py.call_direct {callee = @used} : obj
                  cf.return v0
                }

                func @used() -> obj {
                ^bb0:
                  v0 = py.const.none
                  cf.return v0
                }

                func @unused() -> obj {
                ^bb0:
                  v0 = py.const.none
                  cf.return v0
                }
                """);
        ModulePass dropUnused = new ModulePass() {
            @Override
            public String name() {
                return "drop-unused";
            }

            @Override
            public Set<Analysis<?>> requires() {
                return Set.of(Analyses.CALL_GRAPH);
            }

            @Override
            public boolean run(Module mod, PassContext ctx) {
                var cg = ctx.get(Analyses.CALL_GRAPH);
                boolean changed = false;
                for (Function f : List.copyOf(mod.functions()))
                    if (!f.name().equals("main") && cg.callers(f).isEmpty()) {
                        mod.removeFunction(f);
                        ctx.count("removed", 1);
                        changed = true;
                    }
                return changed;
            }
        };
        PassReport r = new PassManager(Pipeline.of(dropUnused)).verifyEach(true).run(m);
        assertEquals(List.of("main", "used"), m.functions().stream().map(Function::name).toList());
        assertEquals(1L, r.statistics().get("drop-unused.removed"));
    }
}
