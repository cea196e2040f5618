package dev.molt.ir.verify;

import dev.molt.ir.Attr;
import dev.molt.ir.Block;
import dev.molt.ir.BlockCall;
import dev.molt.ir.BlockParam;
import dev.molt.ir.Function;
import dev.molt.ir.Module;
import dev.molt.ir.Op;
import dev.molt.ir.OpDef;
import dev.molt.ir.OpResult;
import dev.molt.ir.Trait;
import dev.molt.ir.Type;
import dev.molt.ir.TypeConstraint;
import dev.molt.ir.Value;
import dev.molt.ir.internal.Dominance;
import dev.molt.ir.text.IrPrinter;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the invariants of Molt IR and reports every violation (not just the first).
 *
 * <p>Function level:
 * <ol>
 * <li>the function has at least one block; the entry block's parameter types equal the signature's parameter
 *     types; no edge goes to the entry block;</li>
 * <li>the default unwind block, if any, is in the function, is not the entry, and has exactly one parameter, of
 *     type {@code obj}.</li>
 * </ol>
 * Block level:
 * <ol start="3">
 * <li>every block ends with exactly one terminator, and has no other terminator.</li>
 * </ol>
 * Op level:
 * <ol start="4">
 * <li>operand and result counts and types satisfy the op kind's constraints (fixed prefix, variadic tail);</li>
 * <li>every required attribute is present, and schema attributes have their declared kind;</li>
 * <li>the successor count is the kind's ({@code cf.switch}: at least); only may-raise ops have an explicit
 *     unwind edge or {@code unwind caller};</li>
 * <li>every successor and unwind target is a block of this function; block arguments match the target's
 *     parameters in number and type (an unwind edge's arguments fill parameters 1.., and parameter 0 must be
 *     {@code obj});</li>
 * <li>the op kind's own check ({@link OpDef#check()}), e.g. {@code cf.return} against the signature; a
 *     {@code cf.raise}/{@code py.raise} does not unwind to its own block (an endless loop, typically a
 *     re-raise in the default unwind block without {@code unwind caller});</li>
 * <li>SSA: every operand and block argument is a value of this function whose definition dominates the use.
 *     Dominance is computed on a CFG split at every side exit and may-raise op that can leave the block, so a
 *     value defined after such an op does not reach that op's exit target, and an op's own results are not
 *     available on its exits. Uses in unreachable code are not checked for dominance (as LLVM does).</li>
 * </ol>
 * Messages name the function, block and op in text form, e.g.
 * {@code verify: @f ^bb2: v7 = py.add v3, v9: operand v9 does not dominate this use}.
 */
public final class Verifier {
    private final Function f;
    private final List<VerifyError> errors = new ArrayList<>();

    private Verifier(Function f) {
        this.f = f;
    }

    /** Returns all errors of {@code f} (empty if it is valid). */
    public static List<VerifyError> verify(Function f) {
        Verifier v = new Verifier(f);
        v.run();
        return v.errors;
    }

    /** Returns all errors of all functions of {@code m}, in function order. */
    public static List<VerifyError> verify(Module m) {
        List<VerifyError> out = new ArrayList<>();
        for (Function f : m.functions()) out.addAll(verify(f));
        return out;
    }

    /** Verifies {@code m}. @throws VerificationException listing every error if it is invalid */
    public static void check(Module m) {
        List<VerifyError> es = verify(m);
        if (!es.isEmpty()) throw new VerificationException(es);
    }

    /** Verifies {@code f}. @throws VerificationException listing every error if it is invalid */
    public static void check(Function f) {
        List<VerifyError> es = verify(f);
        if (!es.isEmpty()) throw new VerificationException(es);
    }

    private void fnError(String msg) {
        errors.add(new VerifyError(f.name(), null, null, msg));
    }

    private void blockError(Block b, String msg) {
        errors.add(new VerifyError(f.name(), b.toString(), null, msg));
    }

    private void opError(Op op, String msg) {
        errors.add(new VerifyError(f.name(), op.block().toString(), IrPrinter.printOp(op), msg));
    }

    private void run() {
        if (f.blocks().isEmpty()) {
            fnError("function has no blocks");
            return;
        }
        Block entry = f.entry();
        List<Type> want = f.signature().params();
        List<BlockParam> got = entry.params();
        if (want.size() != got.size()) fnError("entry block has " + got.size() + " parameters but the signature has " + want.size());
        else
            for (int i = 0; i < want.size(); i++)
                if (!want.get(i).equals(got.get(i).type()))
                    fnError("entry parameter " + got.get(i) + " has type " + got.get(i).type() + " but the signature says " + want.get(i));
        Block du = f.defaultUnwind();
        if (du != null) {
            if (du.function() != f) fnError("default unwind block is not in this function");
            else if (du == entry) fnError("the entry block cannot be the default unwind block");
            else if (du.params().size() != 1 || !du.params().get(0).type().equals(Type.OBJ))
                fnError("default unwind block " + du + " must take exactly one parameter, the exception (obj)");
        }
        for (Block b : f.blocks()) {
            if (b.ops().isEmpty()) {
                blockError(b, "block has no terminator");
                continue;
            }
            List<Op> ops = b.ops();
            for (int i = 0; i < ops.size(); i++) {
                Op op = ops.get(i);
                boolean last = i == ops.size() - 1;
                if (op.isTerminator() && !last) opError(op, "terminator is not the last op of its block");
                if (last && !op.isTerminator()) opError(op, "block does not end with a terminator");
                checkOp(op);
            }
        }
        checkDominance();
    }

    private void checkOp(Op op) {
        OpDef d = op.def();
        checkCount(op, "operand", op.operands().size(), d.operands().size(), d.variadicOperands() != null);
        for (int i = 0; i < op.operands().size(); i++) {
            TypeConstraint c = d.operand(i);
            Value v = op.operand(i);
            if (c != null && !c.accepts(v.type()))
                opError(op, "operand " + i + " (" + v + ") has type " + v.type() + " but " + d.name() + " expects " + c);
        }
        checkCount(op, "result", op.results().size(), d.results().size(), d.variadicResults() != null);
        for (OpResult r : op.results()) {
            TypeConstraint c = d.result(r.index());
            if (c != null && !c.accepts(r.type()))
                opError(op, "result " + r + " has type " + r.type() + " but " + d.name() + " produces " + c);
        }
        for (var e : d.attributes().entrySet()) {
            Attr a = op.attr(e.getKey());
            if (a == null) {
                if (e.getValue().required()) opError(op, "missing attribute '" + e.getKey() + "'");
            } else if (!e.getValue().kind().accepts(a.kind()))
                opError(op, "attribute '" + e.getKey() + "' must be " + e.getValue().kind().spelling() + ", not " + a.kind().spelling());
        }
        int ns = op.successors().size();
        if (d.variadicSuccessors() ? ns < d.successors() : ns != d.successors())
            opError(op, d.name() + " takes " + (d.variadicSuccessors() ? "at least " : "") + d.successors()
                    + " successor" + (d.successors() == 1 ? "" : "s") + ", found " + ns);
        if (op.unwindKind() != Op.UnwindKind.DEFAULT && !d.is(Trait.MAY_RAISE))
            opError(op, "unwind edge on " + d.name() + ", which cannot raise");
        for (BlockCall bc : op.successors()) checkEdge(op, bc, false);
        if (op.unwind() != null) checkEdge(op, op.unwind(), true);
        if ((op.is("cf.raise") || op.is("py.raise")) && op.unwindTarget() == op.block())
            opError(op, "raises to its own block forever; use 'unwind caller' or another handler");
        if (d.check() != null) d.check().verify(op, msg -> opError(op, msg));
    }

    private void checkCount(Op op, String what, int n, int fixed, boolean variadic) {
        if (variadic ? n < fixed : n != fixed)
            opError(op, op.name() + " takes " + (variadic ? "at least " : "") + fixed + " " + what + (fixed == 1 ? "" : "s") + ", found " + n);
    }

    private void checkEdge(Op op, BlockCall bc, boolean unwind) {
        Block t = bc.target();
        if (t.function() != f) {
            opError(op, "successor " + (t.function() == null ? "^<removed>" : t) + " is not a block of @" + f.name());
            return;
        }
        if (t == f.entry()) opError(op, "edge to the entry block " + t);
        List<BlockParam> ps = t.params();
        int off = 0;
        if (unwind) {
            if (ps.isEmpty() || !ps.get(0).type().equals(Type.OBJ)) {
                opError(op, "unwind target " + t + " must take the exception (obj) as its first parameter");
                return;
            }
            off = 1;
        }
        if (ps.size() - off != bc.args().size()) {
            opError(op, "edge to " + t + " passes " + bc.args().size() + " arguments but " + t + " takes "
                    + (ps.size() - off) + (unwind ? " after the exception" : ""));
            return;
        }
        for (int i = 0; i < bc.args().size(); i++) {
            Value a = bc.arg(i);
            Type pt = ps.get(i + off).type();
            if (!a.type().equals(pt))
                opError(op, "block argument " + a + " has type " + a.type() + " but " + ps.get(i + off) + " of " + t + " is " + pt);
        }
    }

    // ---- dominance on the CFG split at exits ----

    private record Pos(int seg, int idx) {}

    private void checkDominance() {
        List<Block> blocks = f.blocks();
        Map<Block, Integer> segStart = new IdentityHashMap<>();
        Map<Op, Integer> opSeg = new IdentityHashMap<>();
        Map<Op, Boolean> endsSeg = new IdentityHashMap<>();
        int nseg = 0;
        for (Block b : blocks) {
            int s = nseg++;
            segStart.put(b, s);
            List<Op> ops = b.ops();
            for (int i = 0; i < ops.size(); i++) {
                Op op = ops.get(i);
                opSeg.put(op, s);
                boolean exits = !op.successors().isEmpty() || op.unwindTarget() != null;
                boolean split = exits && i < ops.size() - 1;
                endsSeg.put(op, split);
                if (split) s = nseg++;
            }
        }
        List<List<Integer>> succ = new ArrayList<>();
        for (int i = 0; i < nseg; i++) succ.add(new ArrayList<>());
        for (Block b : blocks)
            for (Op op : b.ops()) {
                int s = opSeg.get(op);
                for (BlockCall bc : op.successors()) {
                    Integer t = segStart.get(bc.target());
                    if (t != null) succ.get(s).add(t);
                }
                Block u = op.unwindTarget();
                if (u != null && segStart.containsKey(u)) succ.get(s).add(segStart.get(u));
                if (endsSeg.get(op)) succ.get(s).add(s + 1);
            }
        int[][] sa = new int[nseg][];
        for (int i = 0; i < nseg; i++) sa[i] = succ.get(i).stream().mapToInt(Integer::intValue).toArray();
        Dominance dom = new Dominance(nseg, 0, sa);

        Map<Value, Pos> defs = new IdentityHashMap<>();
        for (Block b : blocks) {
            for (BlockParam p : b.params()) defs.put(p, new Pos(segStart.get(b), -1));
            List<Op> ops = b.ops();
            for (int i = 0; i < ops.size(); i++) {
                Op op = ops.get(i);
                Pos pos = new Pos(opSeg.get(op) + (endsSeg.get(op) ? 1 : 0), i);
                for (OpResult r : op.results()) defs.put(r, pos);
            }
        }
        for (Block b : blocks) {
            List<Op> ops = b.ops();
            for (int i = 0; i < ops.size(); i++) {
                Op op = ops.get(i);
                Pos use = new Pos(opSeg.get(op), i);
                boolean live = dom.reachable(use.seg());
                for (Value v : op.operands()) checkUse(op, v, "operand", defs, use, dom, live);
                for (BlockCall bc : op.successors()) for (Value v : bc.args()) checkUse(op, v, "block argument", defs, use, dom, live);
                if (op.unwind() != null) for (Value v : op.unwind().args()) checkUse(op, v, "block argument", defs, use, dom, live);
            }
        }
    }

    private void checkUse(Op op, Value v, String what, Map<Value, Pos> defs, Pos use, Dominance dom, boolean live) {
        Pos d = defs.get(v);
        if (d == null) {
            opError(op, what + " " + v + " is not defined in @" + f.name());
            return;
        }
        if (!live) return;
        boolean ok = d.seg() == use.seg() ? d.idx() < use.idx() : dom.dominates(d.seg(), use.seg());
        if (!ok) opError(op, what + " " + v + " does not dominate this use");
    }
}
