package dev.molt.passes.transform;

import dev.molt.ir.Attr;
import dev.molt.ir.Block;
import dev.molt.ir.BlockCall;
import dev.molt.ir.BlockParam;
import dev.molt.ir.Function;
import dev.molt.ir.Op;
import dev.molt.ir.OpRegistry;
import dev.molt.ir.OpResult;
import dev.molt.ir.Value;
import dev.molt.passes.FunctionPass;
import dev.molt.passes.PassContext;
import dev.molt.passes.internal.CfgEdits;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code simplify-cfg}: repeats, until nothing changes,
 * <ol>
 * <li>fold {@code cf.cond_br} on a {@code bool.const} (and one whose two edges are identical), and
 *     {@code cf.switch} on an {@code i64.const}, into {@code cf.br};</li>
 * <li>delete blocks unreachable from the entry;</li>
 * <li>bypass forwarding blocks (a block whose only op is {@code cf.br}, and whose parameters nothing else
 *     uses): terminator edges into it go straight to its target, with its parameters substituted in the
 *     arguments (unwind edges and side exits are left alone: values defined after them in their block would
 *     not reach);</li>
 * <li>merge a block into its predecessor when the predecessor ends with {@code cf.br} to it and that is its only
 *     incoming edge;</li>
 * <li>drop block parameters that have no uses, with the matching argument on every edge (never the exception
 *     parameter of an unwind target, never entry or default-unwind parameters).</li>
 * </ol>
 * Requires nothing; breaks the CFG, dominators, loops and liveness.
 */
public final class SimplifyCfg implements FunctionPass {
    @Override
    public String name() {
        return "simplify-cfg";
    }

    @Override
    public String description() {
        return "fold constant branches, bypass forwarding blocks, merge blocks, drop unused block parameters";
    }

    @Override
    public boolean run(Function f, PassContext ctx) {
        boolean any = false;
        boolean changed = true;
        while (changed) {
            changed = false;
            int n = foldBranches(f);
            ctx.count("branches-folded", n);
            int u = CfgEdits.removeUnreachable(f);
            ctx.count("blocks-removed", u);
            int fw = bypassForwarders(f);
            ctx.count("forwarders-bypassed", fw);
            int m = mergeBlocks(f);
            ctx.count("blocks-merged", m);
            int p = dropUnusedParams(f);
            ctx.count("params-dropped", p);
            changed = n + u + fw + m + p > 0;
            any |= changed;
        }
        return any;
    }

    private static Op br(Block target, List<Value> args) {
        Op op = Op.create(OpRegistry.defaults().get("cf.br"), List.of(), 0);
        op.addSuccessor(target, args);
        return op;
    }

    private static void replaceTerminator(Block b, Op old, BlockCall keep) {
        Op nb = br(keep.target(), List.copyOf(keep.args()));
        old.dropAllReferences();
        b.remove(old);
        b.append(nb);
    }

    private static int foldBranches(Function f) {
        int n = 0;
        for (Block b : f.blocks()) {
            Op t = b.terminator();
            if (t == null) continue;
            if (t.is("cf.cond_br") && t.successors().size() == 2) {
                BlockCall s0 = t.successor(0), s1 = t.successor(1);
                Value c = t.operand(0);
                if (c instanceof OpResult r && r.op().is("bool.const") && r.op().attr("value") instanceof Attr.Bool v) {
                    replaceTerminator(b, t, v.value() ? s0 : s1);
                    n++;
                } else if (s0.target() == s1.target() && s0.args().equals(s1.args())) {
                    replaceTerminator(b, t, s0);
                    n++;
                }
            } else if (t.is("cf.switch") && t.operand(0) instanceof OpResult r && r.op().is("i64.const")
                    && r.op().attr("value") instanceof Attr.Int v && t.attr("cases") instanceof Attr.Array cases
                    && cases.elements().size() == t.successors().size() - 1) {
                int pick = t.successors().size() - 1;
                for (int i = 0; i < cases.elements().size(); i++)
                    if (cases.elements().get(i) instanceof Attr.Int ci && ci.value().equals(v.value())) {
                        pick = i;
                        break;
                    }
                replaceTerminator(b, t, t.successor(pick));
                n++;
            }
        }
        return n;
    }

    private static int bypassForwarders(Function f) {
        int n = 0;
        for (Block b : List.copyOf(f.blocks())) {
            if (b.function() != f || b.isEntry() || b == f.defaultUnwind() || b.ops().size() != 1) continue;
            Op br = b.ops().get(0);
            if (!br.is("cf.br") || br.successors().size() != 1) continue;
            BlockCall out = br.successor(0);
            if (out.target() == b || !paramsOnlyForwarded(b, br)) continue;
            for (BlockCall in : CfgEdits.incomingEdges(f).getOrDefault(b, List.of())) {
                if (CfgEdits.isUnwind(in) || !in.owner().isTerminator() || in.owner().block() == b) continue;
                List<Value> args = new ArrayList<>();
                for (Value a : out.args())
                    args.add(a instanceof BlockParam p && p.block() == b ? in.arg(p.index()) : a);
                in.setTarget(out.target());
                in.setArgs(args);
                n++;
            }
        }
        return n;
    }

    /** Whether {@code b}'s parameters are used only by its own branch (else other blocks need them). */
    private static boolean paramsOnlyForwarded(Block b, Op br) {
        for (BlockParam p : b.params())
            for (Op u : p.users()) if (u != br) return false;
        return true;
    }

    private static int mergeBlocks(Function f) {
        int n = 0;
        boolean again = true;
        while (again) {
            again = false;
            Map<Block, List<BlockCall>> in = CfgEdits.incomingEdges(f);
            for (Block b : f.blocks()) {
                if (b.isEntry() || b == f.defaultUnwind()) continue;
                List<BlockCall> edges = in.getOrDefault(b, List.of());
                if (edges.size() != 1) continue;
                BlockCall e = edges.get(0);
                Op t = e.owner();
                Block a = t.block();
                if (a == b || !t.is("cf.br") || a.terminator() != t) continue;
                for (int i = 0; i < b.params().size(); i++) b.param(i).replaceAllUsesWith(e.arg(i));
                t.dropAllReferences();
                a.remove(t);
                for (Op op : b.removeFrom(0)) a.append(op);
                while (!b.params().isEmpty()) b.removeParam(b.params().size() - 1);
                f.removeBlock(b);
                n++;
                again = true;
                break;
            }
        }
        return n;
    }

    private static int dropUnusedParams(Function f) {
        int n = 0;
        Map<Block, List<BlockCall>> in = CfgEdits.incomingEdges(f);
        for (Block b : f.blocks()) {
            if (b.isEntry() || b == f.defaultUnwind()) continue;
            List<BlockCall> edges = in.getOrDefault(b, List.of());
            boolean unwindTarget = edges.stream().anyMatch(CfgEdits::isUnwind);
            for (int i = b.params().size() - 1; i >= (unwindTarget ? 1 : 0); i--) {
                if (b.param(i).hasUses()) continue;
                for (BlockCall e : edges) e.removeArg(i - (CfgEdits.isUnwind(e) ? 1 : 0));
                b.removeParam(i);
                n++;
            }
        }
        return n;
    }
}
