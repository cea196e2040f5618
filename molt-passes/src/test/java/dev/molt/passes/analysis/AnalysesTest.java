package dev.molt.passes.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.ir.Block;
import dev.molt.ir.Function;
import dev.molt.ir.Module;
import dev.molt.ir.Value;
import dev.molt.ir.cfg.DominatorTree;
import dev.molt.ir.text.IrParser;
import dev.molt.passes.PassContext;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The standard analyses on hand-built CFGs (written in the text form for readability). */
class AnalysesTest {
    static Function fn(String text) {
        return IrParser.parseModule(text).functions().iterator().next();
    }

    static Block bb(Function f, int i) {
        return f.blocks().get(i);
    }

    static String labels(java.util.Collection<Block> bs) {
        return bs.stream().map(Block::toString).sorted().collect(Collectors.joining(" "));
    }

    /** bb0 -> bb1 | bb2 -> bb3 (diamond), bb3 -> bb4. */
    static final String DIAMOND = """
            func @f(bool) {
            ^bb0(v0: bool):
              cf.cond_br v0, ^bb1, ^bb2
            ^bb1:
              cf.br ^bb3
            ^bb2:
              cf.br ^bb3
            ^bb3:
              cf.br ^bb4
            ^bb4:
              cf.return
            }
            """;

    @Test
    void dominatorsOfADiamond() {
        Function f = fn(DIAMOND);
        PassContext ctx = PassContext.forModule(f.module());
        DominatorTree d = ctx.get(Analyses.DOMINATORS, f);
        assertNull(d.idom(bb(f, 0)));
        assertSame(bb(f, 0), d.idom(bb(f, 1)));
        assertSame(bb(f, 0), d.idom(bb(f, 2)));
        assertSame(bb(f, 0), d.idom(bb(f, 3)));
        assertSame(bb(f, 3), d.idom(bb(f, 4)));
        assertTrue(d.dominates(bb(f, 0), bb(f, 4)));
        assertFalse(d.dominates(bb(f, 1), bb(f, 3)));
        assertTrue(d.dominates(bb(f, 3), bb(f, 3)));
        assertFalse(d.strictlyDominates(bb(f, 3), bb(f, 3)));
        assertEquals("^bb3", labels(d.frontier(bb(f, 1))));
        assertEquals("", labels(d.frontier(bb(f, 0))));
        assertEquals("^bb1 ^bb2 ^bb3", labels(d.children(bb(f, 0))));
        assertSame(d, ctx.get(Analyses.DOMINATORS, f), "cached");
    }

    @Test
    void unwindEdgesAreCfgEdges() {
        Function f = fn("""
                func @f(obj) -> obj {
                ^bb0(v0: obj):
                  v1 = py.getattr v0 {name = "x"} unwind ^bb2
                  cf.br ^bb1
                ^bb1:
                  cf.return v1
                ^bb2(v2: obj):
                  cf.return v2
                }
                """);
        DominatorTree d = DominatorTree.of(dev.molt.ir.cfg.ControlFlowGraph.of(f));
        assertSame(bb(f, 0), d.idom(bb(f, 2)));
        assertEquals(List.of(bb(f, 1), bb(f, 2)), d.cfg().successors(bb(f, 0)).stream().sorted(
                java.util.Comparator.comparingInt(f::blockNumber)).toList());
    }

    /** Two nested loops: outer header bb1 (latch bb4), inner header bb2 (latch bb3). */
    static final String NESTED = """
            func @f(bool) {
            ^bb0(v0: bool):
              cf.br ^bb1
            ^bb1:
              cf.cond_br v0, ^bb2, ^bb5
            ^bb2:
              cf.cond_br v0, ^bb3, ^bb4
            ^bb3:
              cf.br ^bb2
            ^bb4:
              cf.br ^bb1
            ^bb5:
              cf.return
            }
            """;

    @Test
    void naturalLoopNest() {
        Function f = fn(NESTED);
        LoopNest ln = PassContext.forModule(f.module()).get(Analyses.LOOPS, f);
        assertTrue(ln.isReducible());
        assertEquals(2, ln.loops().size());
        LoopNest.Loop outer = ln.loops().get(0), inner = ln.loops().get(1);
        assertSame(bb(f, 1), outer.header());
        assertEquals("^bb1 ^bb2 ^bb3 ^bb4", labels(outer.blocks()));
        assertSame(bb(f, 2), inner.header());
        assertEquals("^bb2 ^bb3", labels(inner.blocks()));
        assertSame(outer, inner.parent());
        assertEquals(List.of(inner), outer.children());
        assertEquals(List.of(bb(f, 3)), inner.latches());
        assertEquals(2, ln.depth(bb(f, 3)));
        assertEquals(1, ln.depth(bb(f, 4)));
        assertEquals(0, ln.depth(bb(f, 5)));
        assertEquals(List.of(outer), ln.topLevel());
    }

    /** The classic irreducible CFG: the cycle bb1 <-> bb2 has two entries, so neither header dominates the other. */
    @Test
    void irreducibleCfgHasNoNaturalLoop() {
        Function f = fn("""
                func @f(bool) {
                ^bb0(v0: bool):
                  cf.cond_br v0, ^bb1, ^bb2
                ^bb1:
                  cf.cond_br v0, ^bb2, ^bb3
                ^bb2:
                  cf.br ^bb1
                ^bb3:
                  cf.return
                }
                """);
        PassContext ctx = PassContext.forModule(f.module());
        LoopNest ln = ctx.get(Analyses.LOOPS, f);
        assertFalse(ln.isReducible());
        assertEquals(List.of(), ln.loops());
        DominatorTree d = ctx.get(Analyses.DOMINATORS, f);
        assertSame(bb(f, 0), d.idom(bb(f, 1)));
        assertSame(bb(f, 0), d.idom(bb(f, 2)));
        assertSame(bb(f, 1), d.idom(bb(f, 3)));
    }

    @Test
    void unreachableBlocksAreDominatedByNothing() {
        Function f = fn("""
                func @f() {
                ^bb0:
                  cf.return
                ^bb1:
                  cf.br ^bb2
                ^bb2:
                  cf.return
                }
                """);
        DominatorTree d = PassContext.forModule(f.module()).get(Analyses.DOMINATORS, f);
        assertFalse(d.reachable(bb(f, 1)));
        assertFalse(d.dominates(bb(f, 0), bb(f, 2)));
        assertNull(d.idom(bb(f, 2)));
        assertEquals(List.of(bb(f, 0)), d.reversePostOrder());
    }

    @Test
    void livenessAroundALoop() {
        Function f = fn("""
                func @f(obj, obj) -> obj {
                ^bb0(v0: obj, v1: obj):
                  v2 = py.const.int {value = 0}
                  cf.br ^bb1(v2)
                ^bb1(v3: obj):
                  v4 = py.lt v3, v0
                  v5 = py.truthy v4
                  cf.cond_br v5, ^bb2, ^bb3
                ^bb2:
                  v6 = py.add v3, v1
                  cf.br ^bb1(v6)
                ^bb3:
                  cf.return v3
                }
                """);
        Liveness l = PassContext.forModule(f.module()).get(Analyses.LIVENESS, f);
        assertEquals("v0 v1", names(l.liveIn(bb(f, 1))));
        assertEquals("v0 v1 v3", names(l.liveOut(bb(f, 1))));
        assertEquals("v0 v1 v3", names(l.liveIn(bb(f, 2))));
        assertEquals("v0 v1", names(l.liveOut(bb(f, 2))));
        assertEquals("v3", names(l.liveIn(bb(f, 3))));
        assertEquals("", names(l.liveOut(bb(f, 3))));
        assertEquals("", names(l.liveIn(bb(f, 0))));
    }

    static String names(Set<Value> vs) {
        return vs.stream().map(Value::toString).sorted().collect(Collectors.joining(" "));
    }

    @Test
    void callGraphAndBottomUpOrder() {
        Module m = IrParser.parseModule("""
                func @main() -> obj {
                ^bb0:
                  v0 = py.call_direct {callee = @even} : obj
                  cf.return v0
                }

                func @even() -> obj {
                ^bb0:
                  v0 = py.call_direct {callee = @odd} : obj
                  cf.return v0
                }

                func @odd() -> obj {
                ^bb0:
                  v0 = py.call_direct {callee = @even} : obj
                  v1 = py.const.none
                  v2 = py.make_function v1, v1 {code = @leaf, qualname = "leaf"}
                  cf.return v0
                }

                func @leaf() -> obj {
                ^bb0:
                  v0 = py.const.none
                  cf.return v0
                }
                """);
        CallGraph cg = PassContext.forModule(m).get(Analyses.CALL_GRAPH);
        assertEquals(Set.of(m.function("even")), cg.callees(m.function("main")));
        assertEquals(Set.of(m.function("even"), m.function("leaf")), cg.callees(m.function("odd")));
        assertEquals(Set.of(m.function("main"), m.function("odd")), cg.callers(m.function("even")));
        List<List<Function>> order = cg.bottomUpOrder();
        assertEquals(3, order.size());
        assertEquals(List.of(m.function("leaf")), order.get(0));
        assertEquals(Set.of(m.function("even"), m.function("odd")), Set.copyOf(order.get(1)));
        assertEquals(List.of(m.function("main")), order.get(2));
    }
}
