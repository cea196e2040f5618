package dev.molt.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.molt.ir.builder.FunctionBuilder;
import dev.molt.ir.builder.Variable;
import dev.molt.ir.text.IrPrinter;
import dev.molt.ir.verify.Verifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The builder's SSA construction (Braun et al. 2013) on random structured programs over i64 variables
 * (assignments, if/else, counted loops, nested): the IR verifies, and interpreting it gives the same final
 * variable values as running the program directly.
 */
class SsaConstructionTest {
    static final int VARS = 3;

    sealed interface Stmt permits Assign, If, Loop, Guard {}

    /**
     * if v[a] is odd: run handler (seeing the variables as they were before this statement); else
     * v[target] = v[a] / 2, then after. Lowered with a side exit ({@link #HALVE}), so the handler's reads test
     * the builder's "value at the exiting op" rule.
     */
    record Guard(int target, int a, List<Stmt> handler, List<Assign> after) implements Stmt {}

    /** {@code v = test.halve x, ^odd(...)}: x / 2, or a side exit when x is odd. */
    static final OpDef HALVE = OpDef.builder("test.halve").operands(Type.I64).results(Type.I64).successors(1)
            .traits(Trait.PURE).build();

    /** v[target] = (a < 0 ? constant : v[a] + v[b]). */
    record Assign(int target, int a, int b, long constant) implements Stmt {}

    /** if v[a] < v[b]: then else: els. */
    record If(int a, int b, List<Stmt> then, List<Stmt> els) implements Stmt {}

    /** for counter in range(n): body (the counter is a variable of its own). */
    record Loop(int n, List<Stmt> body) implements Stmt {}

    static List<Stmt> program(Random r, int depth) {
        List<Stmt> out = new ArrayList<>();
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
            int k = depth >= 3 ? 0 : r.nextInt(4);
            switch (k) {
                case 1 -> out.add(new If(r.nextInt(VARS), r.nextInt(VARS), program(r, depth + 1), program(r, depth + 1)));
                case 2 -> out.add(new Loop(r.nextInt(4), program(r, depth + 1)));
                case 3 -> {
                    List<Assign> after = new ArrayList<>();
                    for (int j = r.nextInt(3); j > 0; j--) after.add(new Assign(r.nextInt(VARS), r.nextInt(VARS), r.nextInt(VARS), 0));
                    out.add(new Guard(r.nextInt(VARS), r.nextInt(VARS), program(r, depth + 1), after));
                }
                default -> out.add(r.nextBoolean() ? new Assign(r.nextInt(VARS), -1, 0, r.nextInt(10))
                        : new Assign(r.nextInt(VARS), r.nextInt(VARS), r.nextInt(VARS), 0));
            }
        }
        return out;
    }

    static void run(List<Stmt> p, long[] v) {
        for (Stmt s : p)
            switch (s) {
                case Assign a -> v[a.target()] = a.a() < 0 ? a.constant() : v[a.a()] + v[a.b()];
                case If i -> run(v[i.a()] < v[i.b()] ? i.then() : i.els(), v);
                case Loop l -> {
                    for (int c = 0; c < l.n(); c++) run(l.body(), v);
                }
                case Guard g -> {
                    if ((v[g.a()] & 1) != 0) run(g.handler(), v);
                    else {
                        v[g.target()] = v[g.a()] / 2;
                        run(List.copyOf(g.after()), v);
                    }
                }
            }
    }

    static final class Lowering {
        final FunctionBuilder b;
        final Variable[] vars = new Variable[VARS];

        Lowering(FunctionBuilder b) {
            this.b = b;
            for (int i = 0; i < VARS; i++) {
                vars[i] = b.declareVar(Type.I64);
                b.defVar(vars[i], b.i64().constant(0));
            }
        }

        void lower(List<Stmt> p) {
            for (Stmt s : p)
                switch (s) {
                    case Assign a -> b.defVar(vars[a.target()], a.a() < 0 ? b.i64().constant(a.constant())
                            : b.i64().add(b.useVar(vars[a.a()]), b.useVar(vars[a.b()])));
                    case If i -> {
                        Block t = b.createBlock(), e = b.createBlock(), join = b.createBlock();
                        b.cf().condBr(b.i64().lt(b.useVar(vars[i.a()]), b.useVar(vars[i.b()])), t, e);
                        b.sealBlock(t);
                        b.sealBlock(e);
                        b.switchToBlock(t);
                        lower(i.then());
                        b.cf().br(join);
                        b.switchToBlock(e);
                        lower(i.els());
                        b.cf().br(join);
                        b.sealBlock(join);
                        b.switchToBlock(join);
                    }
                    case Loop l -> {
                        Variable c = b.declareVar(Type.I64);
                        b.defVar(c, b.i64().constant(0));
                        Block head = b.createBlock(), body = b.createBlock(), exit = b.createBlock();
                        b.cf().br(head);
                        b.switchToBlock(head);
                        b.cf().condBr(b.i64().lt(b.useVar(c), b.i64().constant(l.n())), body, exit);
                        b.sealBlock(body);
                        b.switchToBlock(body);
                        lower(l.body());
                        b.defVar(c, b.i64().add(b.useVar(c), b.i64().constant(1)));
                        b.cf().br(head);
                        b.sealBlock(head);
                        b.sealBlock(exit);
                        b.switchToBlock(exit);
                    }
                    case Guard g -> {
                        Block odd = b.createBlock(), cont = b.createBlock();
                        Op halve = Op.create(HALVE, List.of(b.useVar(vars[g.a()])), 1);
                        halve.addSuccessor(odd, List.of());
                        b.insert(halve);
                        b.defVar(vars[g.target()], halve.result());
                        lower(List.copyOf(g.after()));
                        b.cf().br(cont);
                        b.sealBlock(odd);
                        b.switchToBlock(odd);
                        lower(g.handler());
                        b.cf().br(cont);
                        b.sealBlock(cont);
                        b.switchToBlock(cont);
                    }
                }
        }
    }

    /** A tiny interpreter for the ops the lowering uses. */
    static long[] interpret(Function f) {
        Map<Value, Object> env = new IdentityHashMap<>();
        Block blk = f.entry();
        List<Value> args = List.of();
        for (int steps = 0; steps < 1_000_000; steps++) {
            for (int i = 0; i < args.size(); i++) env.put(blk.param(i), env.get(args.get(i)));
            ops:
            for (Op op : blk.ops()) {
                switch (op.name()) {
                    case "i64.const" -> env.put(op.result(), op.intAttr("value").longValue());
                    case "i64.add" -> env.put(op.result(), (Long) env.get(op.operand(0)) + (Long) env.get(op.operand(1)));
                    case "test.halve" -> {
                        long x = (Long) env.get(op.operand(0));
                        if ((x & 1) != 0) {
                            blk = op.successor(0).target();
                            args = op.successor(0).args();
                            break ops;
                        }
                        env.put(op.result(), x / 2);
                        continue;
                    }
                    case "i64.lt" -> env.put(op.result(), (Long) env.get(op.operand(0)) < (Long) env.get(op.operand(1)));
                    case "cf.br" -> {
                        blk = op.successor(0).target();
                        args = op.successor(0).args();
                    }
                    case "cf.cond_br" -> {
                        BlockCall s = op.successor((Boolean) env.get(op.operand(0)) ? 0 : 1);
                        blk = s.target();
                        args = s.args();
                    }
                    case "cf.return" -> {
                        long[] out = new long[op.operands().size()];
                        for (int i = 0; i < out.length; i++) out[i] = (Long) env.get(op.operand(i));
                        return out;
                    }
                    default -> throw new AssertionError(op.name());
                }
            }
        }
        throw new AssertionError("no return");
    }

    @Property(tries = 500)
    void randomProgramsBuildCorrectSsa(@ForAll long seed) {
        List<Stmt> p = program(new Random(seed), 0);
        Module m = new Module("");
        FunctionBuilder b = FunctionBuilder.create(m, "f",
                new Signature(List.of(), java.util.Collections.nCopies(VARS, Type.I64)));
        Lowering l = new Lowering(b);
        l.lower(p);
        Value[] out = new Value[VARS];
        for (int i = 0; i < VARS; i++) out[i] = b.useVar(l.vars[i]);
        b.cf().ret(out);
        Function f = b.function();
        assertEquals(List.of(), Verifier.verify(f), () -> p + "\n" + IrPrinter.print(f));
        long[] want = new long[VARS];
        run(p, want);
        assertEquals(Arrays.toString(want), Arrays.toString(interpret(f)), () -> p + "\n" + IrPrinter.print(f));
    }

    @Test
    void readingAnUndefinedVariableIsAnError() {
        FunctionBuilder b = FunctionBuilder.create(new Module(""), "f", Signature.pyFunction(0));
        Variable x = b.declareVar(Type.OBJ);
        assertThrows(IllegalStateException.class, () -> b.useVar(x));
    }

    @Test
    void edgesIntoSealedBlocksAreRejected() {
        FunctionBuilder b = FunctionBuilder.create(new Module(""), "f", Signature.pyFunction(0));
        Block t = b.createBlock();
        b.sealBlock(t);
        assertThrows(IllegalStateException.class, () -> b.cf().br(t));
    }
}
