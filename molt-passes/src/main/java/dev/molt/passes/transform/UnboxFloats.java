package dev.molt.passes.transform;

import dev.molt.ir.Attr;
import dev.molt.ir.Block;
import dev.molt.ir.BlockParam;
import dev.molt.ir.Function;
import dev.molt.ir.Module;
import dev.molt.ir.Op;
import dev.molt.ir.OpRegistry;
import dev.molt.ir.OpResult;
import dev.molt.ir.Type;
import dev.molt.ir.Value;
import dev.molt.passes.ModulePass;
import dev.molt.passes.PassContext;
import dev.molt.passes.analysis.PyKind;
import dev.molt.passes.analysis.TypeFacts;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code unbox-floats}: float arithmetic on unboxed {@code f64}, where {@link TypeFacts} proves the operands are
 * floats. {@code py.add/sub/mul} (and their in-place forms), {@code py.neg}, the comparisons, and {@code py.truediv}
 * by a non-zero constant become the {@code f64} op between {@code py.unbox.f64} of the operands and a
 * {@code py.box.f64} (a {@code py.box.bool} for comparisons) of the result. An operand may also be an int
 * constant of at most 2^53 in magnitude, which CPython's float operators convert exactly (Objects/floatobject.c
 * CONVERT_TO_DOUBLE). Each float value is unboxed once, right after its definition; an operand that is itself a
 * rewritten result is used unboxed, so chains of float operators run on machine doubles and box only the values
 * that leave them; a {@code py.truthy} of a rewritten comparison becomes the machine bool, and an attribute load
 * whose only use is its unboxing becomes {@code py.getattr.f64}. The rewritten ops cannot raise: they lose their
 * unwind edges.
 *
 * <p>Results are CPython's bit for bit: float_add/sub/mul/div are the IEEE operations, float_richcompare of two
 * floats is the IEEE comparison, and the only error among these, division by zero, is left to {@code py.truediv}.
 * Leaves dead boxes and constants for {@code dce}, and duplicate {@code f64} ops for {@code cse}.
 */
public final class UnboxFloats implements ModulePass {
    private static final Map<String, String> BINARY = Map.ofEntries(Map.entry("py.add", "f64.add"),
            Map.entry("py.sub", "f64.sub"), Map.entry("py.mul", "f64.mul"), Map.entry("py.inplace.add", "f64.add"),
            Map.entry("py.inplace.sub", "f64.sub"), Map.entry("py.inplace.mul", "f64.mul"),
            Map.entry("py.truediv", "f64.div"), Map.entry("py.inplace.truediv", "f64.div"),
            Map.entry("py.eq", "f64.eq"), Map.entry("py.ne", "f64.ne"), Map.entry("py.lt", "f64.lt"),
            Map.entry("py.le", "f64.le"), Map.entry("py.gt", "f64.gt"), Map.entry("py.ge", "f64.ge"));
    private static final Set<String> DIVISIONS = Set.of("py.truediv", "py.inplace.truediv");
    private static final BigInteger EXACT = BigInteger.ONE.shiftLeft(53);

    @Override
    public String name() {
        return "unbox-floats";
    }

    @Override
    public String description() {
        return "infer types, then do float arithmetic on unboxed f64";
    }

    @Override
    public boolean run(Module m, PassContext ctx) {
        TypeFacts facts = TypeFacts.of(m);
        int rewritten = 0;
        for (Function f : m.functions()) rewritten += new Rewriter(facts).run(f);
        ctx.count("rewritten", rewritten);
        return rewritten > 0;
    }

    /** The rewrite of one function: remembers the unboxed form of each float value it needed. */
    private static final class Rewriter {
        private final TypeFacts facts;
        private final Map<Value, Value> unboxed = new IdentityHashMap<>();

        Rewriter(TypeFacts facts) {
            this.facts = facts;
        }

        int run(Function f) {
            int n = 0;
            for (Block b : f.blocks())
                for (Op op : new ArrayList<>(b.ops())) {
                    if (op.block() == null) continue;
                    if (rewrite(op)) n++;
                }
            for (Value v : unboxed.values()) fuseGetattr(((OpResult) v).op());
            return n;
        }

        /**
         * {@code v = py.getattr o; x = py.unbox.f64 v} with no other use of {@code v} becomes
         * {@code x = py.getattr.f64 o} (same name, location and unwind edge).
         */
        private static void fuseGetattr(Op unbox) {
            if (!(unbox.operand(0) instanceof OpResult r) || !r.op().is("py.getattr") || r.useCount() != 1
                    || r.op().next() != unbox) return;
            Op get = r.op();
            Op fused = Op.create(OpRegistry.defaults().get("py.getattr.f64"), List.of(get.operand(0)), 1);
            get.attributes().forEach(fused::setAttr);
            fused.setUnwindLike(get);
            get.block().insertBefore(get, fused);
            unbox.result().replaceAllUsesWith(fused.result());
            unbox.erase();
            get.erase();
        }

        private boolean rewrite(Op op) {
            String name = op.name();
            if (name.equals("py.neg") && isFloat(op.operand(0))) {
                replace(op, "py.box.f64", emit(op, "f64.neg", f64(op, op.operand(0))));
                return true;
            }
            String machine = BINARY.get(name);
            if (machine == null) return false;
            Value a = op.operand(0), b = op.operand(1);
            boolean floats = isFloat(a) && (isFloat(b) || exactInt(b) != null) || exactInt(a) != null && isFloat(b);
            if (!floats) return false;
            if (DIVISIONS.contains(name) && !nonZeroConstant(b)) return false;
            Value r = emit(op, machine, f64(op, a), f64(op, b));
            replace(op, r.type().equals(Type.BOOL) ? "py.box.bool" : "py.box.f64", r);
            return true;
        }

        /** Whether {@code v} is certainly a float: a rewritten result, a float constant, or by the type facts. */
        private boolean isFloat(Value v) {
            if (v instanceof OpResult r && (r.op().is("py.box.f64") || r.op().is("py.const.float"))) return true;
            return facts.isExactly(v, PyKind.FLOAT);
        }

        /** The value of an int constant CPython converts to float exactly (|v| <= 2^53), or {@code null}. */
        private static Double exactInt(Value v) {
            if (v instanceof OpResult r && r.op().is("py.const.int")) {
                BigInteger x = r.op().intAttr("value");
                if (x.abs().compareTo(EXACT) <= 0) return x.doubleValue();
            }
            return null;
        }

        private static boolean nonZeroConstant(Value v) {
            if (v instanceof OpResult r && r.op().is("py.const.float") && r.op().attr("value") instanceof Attr.Float x)
                return x.value() != 0.0;
            Double i = exactInt(v);
            return i != null && i != 0.0;
        }

        /** The {@code f64} form of float operand {@code v} of {@code user}. */
        private Value f64(Op user, Value v) {
            if (v instanceof OpResult r) {
                Op d = r.op();
                if (d.is("py.box.f64")) return d.operand(0);
                if (d.is("py.const.float")) return constant(user, ((Attr.Float) d.attr("value")).value());
                Double i = exactInt(v);
                if (i != null) return constant(user, i);
            }
            return unboxed.computeIfAbsent(v, Rewriter::unboxAfterDefinition);
        }

        private static Value constant(Op before, double x) {
            Op c = Op.create(OpRegistry.defaults().get("f64.const"), List.of(), 1);
            c.setAttr("value", new Attr.Float(x));
            before.block().insertBefore(before, c);
            return c.result();
        }

        /** {@code py.unbox.f64 v} where it dominates every use of {@code v}: after its op, or first in its block. */
        private static Value unboxAfterDefinition(Value v) {
            Op u = Op.create(OpRegistry.defaults().get("py.unbox.f64"), List.of(v), 1);
            if (v instanceof BlockParam p) {
                Block b = p.block();
                b.insert(0, u);
            } else {
                Op d = ((OpResult) v).op();
                d.block().insert(d.block().indexOf(d) + 1, u);
                // it cannot raise (v is a float), but it may: give it the edge its operand's op has
                u.setUnwindLike(d);
            }
            return u.result();
        }

        private static Value emit(Op before, String name, Value... operands) {
            Op op = Op.create(OpRegistry.defaults().get(name), List.of(operands), 1);
            before.block().insertBefore(before, op);
            return op.result();
        }

        /**
         * Replaces {@code op}'s result by {@code box r} and erases {@code op}; a {@code py.truthy} of a boxed bool
         * becomes the bool itself.
         */
        private static void replace(Op op, String box, Value r) {
            Op b = Op.create(OpRegistry.defaults().get(box), List.of(r), 1);
            op.block().insertBefore(op, b);
            op.result().replaceAllUsesWith(b.result());
            op.erase();
            if (r.type().equals(Type.BOOL))
                for (Op user : List.copyOf(b.result().users()))
                    if (user.is("py.truthy")) {
                        user.result().replaceAllUsesWith(r);
                        user.erase();
                    }
        }
    }
}
