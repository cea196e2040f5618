package dev.molt.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.molt.ir.builder.FunctionBuilder;
import dev.molt.ir.text.IrParser;
import dev.molt.ir.text.IrPrinter;
import dev.molt.ir.verify.Verifier;
import dev.molt.ir.verify.VerifyError;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Random well-formed functions made with the builder: they verify and round-trip through the text form; a
 * random mutation that breaks one invariant is always reported by the verifier.
 */
class RandomIrTest {

    /**
     * Builds a random function from a seed: a chain of blocks (so all are reachable) with extra random edges,
     * machine and py ops, and explicit unwind edges from non-entry blocks to later one-parameter blocks. Values
     * used in a block come from the entry block (which dominates everything and has no exits before its
     * terminator) or the block itself; everything else flows through block arguments.
     */
    static Function randomFunction(long seed) {
        Random r = new Random(seed);
        Module m = new Module("");
        FunctionBuilder b = FunctionBuilder.create(m, "f", new Signature(List.of(Type.OBJ, Type.I64), List.of(Type.OBJ)));
        int nblocks = 1 + r.nextInt(6);
        List<Block> blocks = new ArrayList<>();
        blocks.add(b.entryBlock());
        for (int i = 1; i < nblocks; i++) {
            Block blk = b.createBlock();
            blk.addParam(Type.OBJ); // an unwind target's exception, or an ordinary obj parameter
            if (r.nextInt(3) == 0) blk.addParam(Type.I64);
            blocks.add(blk);
        }
        List<Value> entryObjs = new ArrayList<>(), entryInts = new ArrayList<>();
        for (int i = 0; i < nblocks; i++) {
            Block blk = blocks.get(i);
            b.switchToBlock(blk);
            List<Value> objs = new ArrayList<>(entryObjs), ints = new ArrayList<>(entryInts);
            for (BlockParam p : blk.params()) (p.type().equals(Type.OBJ) ? objs : ints).add(p);
            int nops = r.nextInt(6);
            for (int k = 0; k < nops; k++) {
                Block handler = i == 0 || r.nextInt(2) == 0 ? null : handlerAfter(r, blocks, i);
                if (handler != null) b.setUnwind(handler);
                switch (r.nextInt(7)) {
                    case 0 -> objs.add(b.py().constInt(r.nextInt(100) - 50));
                    case 1 -> objs.add(b.py().constStr("s" + r.nextInt(10)));
                    case 2 -> ints.add(b.i64().constant(r.nextLong()));
                    case 3 -> ints.add(b.i64().add(pick(r, ints), pick(r, ints)));
                    case 4 -> objs.add(b.py().add(pick(r, objs), pick(r, objs)));
                    case 5 -> objs.add(b.py().call(pick(r, objs), pick(r, objs)));
                    default -> objs.add(b.py().getattr(pick(r, objs), "a" + r.nextInt(3)));
                }
                b.clearUnwind();
            }
            if (i == 0) {
                entryObjs = objs;
                entryInts = ints;
            }
            if (i == nblocks - 1) b.cf().ret(pick(r, objs));
            else {
                Block next = blocks.get(i + 1);
                Block other = blocks.get(1 + r.nextInt(nblocks - 1));
                Value c = b.py().truthy(pick(r, objs));
                b.cf().condBr(c, next, args(r, next, objs, ints), other, args(r, other, objs, ints));
            }
        }
        return b.function();
    }

    private static Block handlerAfter(Random r, List<Block> blocks, int i) {
        if (i + 1 >= blocks.size()) return null;
        Block h = blocks.get(i + 1 + r.nextInt(blocks.size() - i - 1));
        return h.params().size() == 1 ? h : null;
    }

    private static Value pick(Random r, List<Value> vs) {
        return vs.get(r.nextInt(vs.size()));
    }

    private static List<Value> args(Random r, Block target, List<Value> objs, List<Value> ints) {
        List<Value> out = new ArrayList<>();
        for (BlockParam p : target.params()) out.add(pick(r, p.type().equals(Type.OBJ) ? objs : ints));
        return out;
    }

    @Property(tries = 300)
    void builtFunctionsVerifyAndRoundTrip(@ForAll long seed) {
        Function f = randomFunction(seed);
        List<VerifyError> errs = Verifier.verify(f);
        assertEquals(List.of(), errs, () -> IrPrinter.print(f));
        String once = IrPrinter.print(f.module());
        String twice = IrPrinter.print(IrParser.parseModule(once));
        assertEquals(once, twice);
        Function copy = Cloner.copy(f, "f");
        assertEquals(IrPrinter.print(f), IrPrinter.print(copy), "a copy prints like the original");
        assertEquals(List.of(), Verifier.verify(copy));
    }

    @Property(tries = 300)
    void brokenInvariantsAreCaught(@ForAll long seed, @ForAll @IntRange(min = 0, max = 5) int mutation) {
        Function f = randomFunction(seed);
        Random r = new Random(seed ^ 0x5eed);
        List<Op> ops = f.ops();
        Block blk = f.blocks().get(r.nextInt(f.blocks().size()));
        switch (mutation) {
            case 0 -> { // drop the terminator of a block
                Op t = blk.terminator();
                t.dropAllReferences();
                blk.remove(t);
            }
            case 1 -> { // a new op at the top of a block uses a value defined after it (or its own result)
                Op neg = Op.create(OpRegistry.defaults().get("py.neg"), List.of(f.entry().param(0)), 1);
                blk.insert(0, neg);
                Value later = neg.result();
                for (Op o : blk.ops()) for (OpResult res : o.results()) if (o != neg && res.type().equals(Type.OBJ)) later = res;
                neg.setOperand(0, r.nextBoolean() ? later : neg.result());
            }
            case 2 -> { // wrong block-argument count on an edge
                Op t = f.entry().terminator();
                if (t.successors().isEmpty()) {
                    t.setOperands(List.of()); // cf.return with no value: wrong count for -> obj
                } else t.successor(0).addArg(f.entry().param(0));
            }
            case 3 -> { // an i64 where py.truthy or cf.return wants obj
                Op t = f.entry().terminator();
                Op target = t.is("cf.return") ? t : ((OpResult) t.operand(0)).op();
                target.setOperand(0, f.entry().param(1));
            }
            case 4 -> { // an unwind edge on an op that cannot raise: give the entry terminator one
                Block h = f.createBlock();
                h.addParam(Type.OBJ);
                h.append(Op.create(OpRegistry.defaults().get("cf.unreachable"), List.of(), 0));
                f.entry().terminator().setUnwind(h, List.of());
            }
            default -> { // a second terminator in the middle of the entry block
                Op extra = Op.create(OpRegistry.defaults().get("cf.unreachable"), List.of(), 0);
                f.entry().insert(0, extra);
            }
        }
        assertFalse(Verifier.verify(f).isEmpty(), () -> "mutation " + mutation + " not caught:\n" + IrPrinter.print(f));
    }


}
