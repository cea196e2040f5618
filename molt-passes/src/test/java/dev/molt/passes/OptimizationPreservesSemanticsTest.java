package dev.molt.passes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.ir.Block;
import dev.molt.ir.BlockCall;
import dev.molt.ir.Function;
import dev.molt.ir.Module;
import dev.molt.ir.Op;
import dev.molt.ir.OpDef;
import dev.molt.ir.Signature;
import dev.molt.ir.Trait;
import dev.molt.ir.Type;
import dev.molt.ir.Value;
import dev.molt.ir.builder.FunctionBuilder;
import dev.molt.ir.builder.Variable;
import dev.molt.ir.text.IrPrinter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * O2 (with verify-each) on random structured programs over i64 — constants, parameters, if/else, nested loops,
 * side exits, try/except through unwind edges — never changes what they compute, and never grows them.
 */
class OptimizationPreservesSemanticsTest {
    static final int VARS = 3;
    /** {@code v = test.halve x, ^odd}: x / 2, or a side exit when x is odd. */
    static final OpDef HALVE = OpDef.builder("test.halve").operands(Type.I64).results(Type.I64).successors(1)
            .traits(Trait.PURE).build();
    /** {@code v = test.check x}: x * 3, or raises (goes to its unwind edge) when x is odd. */
    static final OpDef CHECK = OpDef.builder("test.check").operands(Type.I64).results(Type.I64)
            .traits(Trait.MAY_RAISE).build();

    /** Emits a random program with SSA variables; returns nothing, the builder holds it. */
    static final class Gen {
        final Random r;
        final FunctionBuilder b;
        final Variable[] vars = new Variable[VARS];

        Gen(long seed, FunctionBuilder b) {
            this.r = new Random(seed);
            this.b = b;
            for (int i = 0; i < VARS; i++) {
                vars[i] = b.declareVar(Type.I64);
                b.defVar(vars[i], i < 2 ? b.param(i) : b.i64().constant(r.nextInt(5)));
            }
        }

        Value operand() {
            return r.nextInt(3) == 0 ? b.i64().constant(r.nextInt(7) - 3) : b.useVar(vars[r.nextInt(VARS)]);
        }

        void block(int depth) {
            for (int n = r.nextInt(4); n > 0; n--) {
                int k = depth >= 3 ? 0 : r.nextInt(6);
                switch (k) {
                    case 1 -> {
                        Block t = b.createBlock(), e = b.createBlock(), join = b.createBlock();
                        Value c = r.nextBoolean() ? b.i64().lt(operand(), operand()) : b.bool().constant(r.nextBoolean());
                        b.cf().condBr(c, t, e);
                        b.sealBlock(t);
                        b.sealBlock(e);
                        b.switchToBlock(t);
                        block(depth + 1);
                        b.cf().br(join);
                        b.switchToBlock(e);
                        block(depth + 1);
                        b.cf().br(join);
                        b.sealBlock(join);
                        b.switchToBlock(join);
                    }
                    case 2 -> {
                        Variable c = b.declareVar(Type.I64);
                        b.defVar(c, b.i64().constant(0));
                        Block head = b.createBlock(), body = b.createBlock(), exit = b.createBlock();
                        b.cf().br(head);
                        b.switchToBlock(head);
                        b.cf().condBr(b.i64().lt(b.useVar(c), b.i64().constant(r.nextInt(4))), body, exit);
                        b.sealBlock(body);
                        b.switchToBlock(body);
                        block(depth + 1);
                        b.defVar(c, b.i64().add(b.useVar(c), b.i64().constant(1)));
                        b.cf().br(head);
                        b.sealBlock(head);
                        b.sealBlock(exit);
                        b.switchToBlock(exit);
                    }
                    case 3 -> {
                        Block odd = b.createBlock(), cont = b.createBlock();
                        Op halve = Op.create(HALVE, List.of(operand()), 1);
                        halve.addSuccessor(odd, List.of());
                        b.insert(halve);
                        b.defVar(vars[r.nextInt(VARS)], halve.result());
                        b.defVar(vars[r.nextInt(VARS)], b.i64().add(operand(), operand()));
                        b.cf().br(cont);
                        b.sealBlock(odd);
                        b.switchToBlock(odd);
                        block(depth + 1);
                        b.cf().br(cont);
                        b.sealBlock(cont);
                        b.switchToBlock(cont);
                    }
                    case 4 -> { // try: v = check(x); more  except: handler
                        Block handler = b.createBlock(), cont = b.createBlock();
                        b.appendBlockParam(handler, Type.OBJ);
                        b.setUnwind(handler);
                        Value v = b.insert(Op.create(CHECK, List.of(operand()), 1)).result();
                        b.clearUnwind();
                        b.defVar(vars[r.nextInt(VARS)], v);
                        b.defVar(vars[r.nextInt(VARS)], b.i64().add(operand(), operand()));
                        b.cf().br(cont);
                        b.sealBlock(handler);
                        b.switchToBlock(handler);
                        block(depth + 1);
                        b.cf().br(cont);
                        b.sealBlock(cont);
                        b.switchToBlock(cont);
                    }
                    default -> {
                        String op = List.of("add", "sub", "mul", "and", "xor", "floordiv").get(r.nextInt(6));
                        Value x = operand(), y = operand();
                        if (op.equals("floordiv")) y = b.i64().constant(1 + r.nextInt(3)); // the precondition: y != 0
                        b.defVar(vars[r.nextInt(VARS)], b.i64().op(op, x, y));
                    }
                }
            }
        }
    }

    static long[] interpret(Function f, long... params) {
        Map<Value, Object> env = new IdentityHashMap<>();
        Block blk = f.entry();
        List<Object> args = new ArrayList<>();
        for (long p : params) args.add(p);
        for (int steps = 0; steps < 100_000; steps++) {
            for (int i = 0; i < args.size(); i++) env.put(blk.param(i), args.get(i));
            ops:
            for (Op op : blk.ops()) {
                List<Object> in = new ArrayList<>();
                for (Value v : op.operands()) in.add(env.get(v));
                switch (op.name()) {
                    case "i64.const" -> env.put(op.result(), op.intAttr("value").longValue());
                    case "bool.const" -> env.put(op.result(), ((dev.molt.ir.Attr.Bool) op.attr("value")).value());
                    case "i64.add" -> env.put(op.result(), (Long) in.get(0) + (Long) in.get(1));
                    case "i64.sub" -> env.put(op.result(), (Long) in.get(0) - (Long) in.get(1));
                    case "i64.mul" -> env.put(op.result(), (Long) in.get(0) * (Long) in.get(1));
                    case "i64.and" -> env.put(op.result(), (Long) in.get(0) & (Long) in.get(1));
                    case "i64.xor" -> env.put(op.result(), (Long) in.get(0) ^ (Long) in.get(1));
                    case "i64.floordiv" -> env.put(op.result(), Math.floorDiv((Long) in.get(0), (Long) in.get(1)));
                    case "i64.lt" -> env.put(op.result(), (Long) in.get(0) < (Long) in.get(1));
                    case "test.halve" -> {
                        long x = (Long) in.get(0);
                        if ((x & 1) != 0) {
                            args = values(env, op.successor(0).args(), null);
                            blk = op.successor(0).target();
                            break ops;
                        }
                        env.put(op.result(), x / 2);
                    }
                    case "test.check" -> {
                        long x = (Long) in.get(0);
                        if ((x & 1) != 0) {
                            args = values(env, op.unwind().args(), "exception");
                            blk = op.unwind().target();
                            break ops;
                        }
                        env.put(op.result(), x * 3);
                    }
                    case "cf.br" -> {
                        args = values(env, op.successor(0).args(), null);
                        blk = op.successor(0).target();
                    }
                    case "cf.cond_br" -> {
                        BlockCall s = op.successor((Boolean) in.get(0) ? 0 : 1);
                        args = values(env, s.args(), null);
                        blk = s.target();
                    }
                    case "cf.return" -> {
                        long[] out = new long[in.size()];
                        for (int i = 0; i < out.length; i++) out[i] = (Long) in.get(i);
                        return out;
                    }
                    default -> throw new AssertionError(op.name());
                }
            }
        }
        throw new AssertionError("no return");
    }

    private static List<Object> values(Map<Value, Object> env, List<Value> vs, Object first) {
        List<Object> out = new ArrayList<>();
        if (first != null) out.add(first);
        for (Value v : vs) out.add(env.get(v));
        return out;
    }

    @Property(tries = 400)
    void o2PreservesResults(@ForAll long seed, @ForAll long p0, @ForAll long p1) {
        Module m = new Module("");
        FunctionBuilder b = FunctionBuilder.create(m, "f",
                new Signature(List.of(Type.I64, Type.I64), java.util.Collections.nCopies(VARS, Type.I64)));
        Gen g = new Gen(seed, b);
        g.block(0);
        Value[] out = new Value[VARS];
        for (int i = 0; i < VARS; i++) out[i] = b.useVar(g.vars[i]);
        b.cf().ret(out);
        Function f = b.function();
        String before = IrPrinter.print(f);
        long[] want = interpret(f, p0, p1);
        int opsBefore = f.ops().size();
        new PassManager(Pipeline.parse("O2", PassRegistry.standard())).verifyEach(true).run(m);
        assertEquals(Arrays.toString(want), Arrays.toString(interpret(f, p0, p1)), () -> before + "\n---- after O2:\n" + IrPrinter.print(f));
        assertTrue(f.ops().size() <= opsBefore, () -> before + "\n---- after O2:\n" + IrPrinter.print(f));
    }
}
