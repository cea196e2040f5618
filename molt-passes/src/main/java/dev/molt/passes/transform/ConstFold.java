package dev.molt.passes.transform;

import dev.molt.ir.Attr;
import dev.molt.ir.Block;
import dev.molt.ir.Function;
import dev.molt.ir.Op;
import dev.molt.ir.OpRegistry;
import dev.molt.ir.OpResult;
import dev.molt.ir.Value;
import dev.molt.passes.FunctionPass;
import dev.molt.passes.PassContext;
import dev.molt.passes.internal.PyFold;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import java.util.Optional;
import java.util.Set;

/**
 * {@code const-fold}: replaces an op whose operands are all constants by a constant, where the result is certain
 * and evaluation cannot raise ({@link PyFold} has the Python rules: int, float, str and bool arithmetic,
 * comparisons, unary operators, truth values). Folds {@code py} operators, {@code py.truthy}, and the machine
 * ops of {@code i64} (wrapping), {@code f64} (IEEE) and {@code bool}. Ops that would raise ({@code 1 // 0}, {@code 'a' < 1})
 * are left alone, so the exception still happens at run time. The folded op is erased; its operands are left
 * for {@code dce}.
 *
 * <p>Requires nothing; preserves the CFG (it never touches terminators), the dominator tree and the loop nest.
 */
public final class ConstFold implements FunctionPass {
    private static final Set<String> BINARY = Set.of("add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift",
            "rshift", "bitand", "bitor", "bitxor");
    private static final Set<String> COMPARE = Set.of("eq", "ne", "lt", "le", "gt", "ge");
    private static final Set<String> UNARY = Set.of("neg", "pos", "invert", "not");

    @Override
    public String name() {
        return "const-fold";
    }

    @Override
    public String description() {
        return "evaluate operators on constants where Python semantics are certain";
    }

    @Override
    public Set<dev.molt.passes.Analysis<?>> preserves() {
        return Set.of(dev.molt.passes.analysis.Analyses.CFG, dev.molt.passes.analysis.Analyses.DOMINATORS,
                dev.molt.passes.analysis.Analyses.LOOPS);
    }

    @Override
    public boolean run(Function f, PassContext ctx) {
        int folded = 0;
        for (Block b : f.blocks())
            for (Op op : new ArrayList<>(b.ops())) {
                if (op.results().size() != 1 || !op.successors().isEmpty()) continue;
                Optional<Op> c = fold(op);
                if (c.isEmpty()) continue;
                Op k = c.get();
                b.insertBefore(op, k);
                op.result().replaceAllUsesWith(k.result());
                op.erase();
                folded++;
            }
        ctx.count("folded", folded);
        return folded > 0;
    }

    /** The Python constant a value holds, or empty if it is not a {@code py.const.*} result. */
    public static Optional<Object> pyConstant(Value v) {
        if (!(v instanceof OpResult r)) return Optional.empty();
        Op d = r.op();
        return switch (d.name()) {
            case "py.const.int" -> Optional.of(d.intAttr("value"));
            case "py.const.float" -> d.attr("value") instanceof Attr.Float x ? Optional.of(x.value()) : Optional.empty();
            case "py.const.str" -> Optional.of(d.strAttr("value"));
            case "py.const.bool" -> d.attr("value") instanceof Attr.Bool x ? Optional.of(x.value()) : Optional.empty();
            case "py.const.none" -> Optional.of(PyFold.NONE);
            default -> Optional.empty();
        };
    }

    private static Optional<Object> machineConstant(Value v) {
        if (!(v instanceof OpResult r)) return Optional.empty();
        Op d = r.op();
        return switch (d.name()) {
            case "i64.const" -> d.attr("value") instanceof Attr.Int i && i.fitsLong() ? Optional.of(i.value().longValue()) : Optional.empty();
            case "f64.const" -> d.attr("value") instanceof Attr.Float x ? Optional.of(x.value()) : Optional.empty();
            case "bool.const" -> d.attr("value") instanceof Attr.Bool x ? Optional.of(x.value()) : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static Optional<Op> fold(Op op) {
        String name = op.name();
        int dot = name.indexOf('.');
        String ns = name.substring(0, dot), rest = name.substring(dot + 1);
        if (ns.equals("py")) {
            List<Object> args = new ArrayList<>();
            for (Value v : op.operands()) {
                Optional<Object> c = pyConstant(v);
                if (c.isEmpty()) return Optional.empty();
                args.add(c.get());
            }
            Optional<Object> r = Optional.empty();
            if (args.size() == 2 && BINARY.contains(rest)) r = PyFold.binary(rest, args.get(0), args.get(1));
            else if (args.size() == 2 && COMPARE.contains(rest)) r = PyFold.compare(rest, args.get(0), args.get(1));
            else if (args.size() == 1 && UNARY.contains(rest)) r = PyFold.unary(rest, args.get(0));
            else if (args.size() == 1 && rest.equals("truthy"))
                return PyFold.truth(args.get(0)).map(t -> machine("bool.const", new Attr.Bool(t)));
            return r.map(ConstFold::pyConst);
        }
        if (ns.equals("i64") || ns.equals("f64") || ns.equals("bool")) {
            if (op.operands().isEmpty()) return Optional.empty();
            List<Object> args = new ArrayList<>();
            for (Value v : op.operands()) {
                Optional<Object> c = machineConstant(v);
                if (c.isEmpty()) return Optional.empty();
                args.add(c.get());
            }
            return foldMachine(ns, rest, args);
        }
        return Optional.empty();
    }

    private static Optional<Op> foldMachine(String ns, String op, List<Object> a) {
        if (ns.equals("i64")) {
            long x = (Long) a.get(0);
            if (a.size() == 1)
                return op.equals("neg") ? Optional.of(i64(-x))
                        : op.equals("to_f64") ? Optional.of(machine("f64.const", new Attr.Float((double) x))) : Optional.empty();
            long y = (Long) a.get(1);
            return switch (op) {
                case "add" -> Optional.of(i64(x + y));
                case "sub" -> Optional.of(i64(x - y));
                case "mul" -> Optional.of(i64(x * y));
                case "and" -> Optional.of(i64(x & y));
                case "or" -> Optional.of(i64(x | y));
                case "xor" -> Optional.of(i64(x ^ y));
                case "shl" -> Optional.of(i64(x << (y & 63)));
                case "shr" -> Optional.of(i64(x >> (y & 63)));
                case "floordiv" -> y == 0 || (x == Long.MIN_VALUE && y == -1) ? Optional.empty() : Optional.of(i64(Math.floorDiv(x, y)));
                case "mod" -> y == 0 ? Optional.empty() : Optional.of(i64(Math.floorMod(x, y)));
                case "eq" -> Optional.of(bool(x == y));
                case "ne" -> Optional.of(bool(x != y));
                case "lt" -> Optional.of(bool(x < y));
                case "le" -> Optional.of(bool(x <= y));
                case "gt" -> Optional.of(bool(x > y));
                case "ge" -> Optional.of(bool(x >= y));
                default -> Optional.empty();
            };
        }
        if (ns.equals("f64")) {
            double x = (Double) a.get(0);
            if (a.size() == 1) return op.equals("neg") ? Optional.of(f64(-x)) : Optional.empty();
            double y = (Double) a.get(1);
            return switch (op) {
                case "add" -> Optional.of(f64(x + y));
                case "sub" -> Optional.of(f64(x - y));
                case "mul" -> Optional.of(f64(x * y));
                case "div" -> Optional.of(f64(x / y));
                case "eq" -> Optional.of(bool(x == y));
                case "ne" -> Optional.of(bool(x != y));
                case "lt" -> Optional.of(bool(x < y));
                case "le" -> Optional.of(bool(x <= y));
                case "gt" -> Optional.of(bool(x > y));
                case "ge" -> Optional.of(bool(x >= y));
                default -> Optional.empty();
            };
        }
        boolean x = (Boolean) a.get(0);
        if (a.size() == 1) return op.equals("not") ? Optional.of(bool(!x)) : Optional.empty();
        boolean y = (Boolean) a.get(1);
        return switch (op) {
            case "and" -> Optional.of(bool(x && y));
            case "or" -> Optional.of(bool(x || y));
            default -> Optional.empty();
        };
    }

    private static Op machine(String name, Attr value) {
        Op op = Op.create(OpRegistry.defaults().get(name), List.of(), 1);
        op.setAttr("value", value);
        return op;
    }

    private static Op i64(long v) {
        return machine("i64.const", Attr.of(v));
    }

    private static Op f64(double v) {
        return machine("f64.const", new Attr.Float(v));
    }

    private static Op bool(boolean v) {
        return machine("bool.const", new Attr.Bool(v));
    }

    /** A detached {@code py.const.*} op for a {@link PyFold} value. */
    static Op pyConst(Object v) {
        if (v instanceof BigInteger i) return machine("py.const.int", new Attr.Int(i));
        if (v instanceof Double d) return machine("py.const.float", new Attr.Float(d));
        if (v instanceof String s) return machine("py.const.str", new Attr.Str(s));
        if (v instanceof Boolean b) return machine("py.const.bool", new Attr.Bool(b));
        Op op = Op.create(OpRegistry.defaults().get("py.const.none"), List.of(), 1);
        return op;
    }

}
