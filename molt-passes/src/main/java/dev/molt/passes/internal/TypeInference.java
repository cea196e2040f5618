package dev.molt.passes.internal;

import dev.molt.ir.Block;
import dev.molt.ir.BlockCall;
import dev.molt.ir.Function;
import dev.molt.ir.Module;
import dev.molt.ir.Op;
import dev.molt.ir.OpResult;
import dev.molt.ir.Type;
import dev.molt.ir.Value;
import dev.molt.passes.analysis.PyKind;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The solver behind {@code dev.molt.passes.analysis.TypeFacts}: a monotone data-flow fixed point over the whole
 * module (Kildall's worklist scheme, here simply repeated sweeps), starting from no kinds anywhere and joining
 * (set union) what flows into each value: results of ops by their Python rules, block arguments into block
 * parameters, call arguments into the parameters of {@link ClosedCallees closed} functions, returned values into
 * their call sites, stores into globals and into attributes the program alone writes. The lattice is finite
 * (a set of {@link PyKind}s per value), so the sweeps end.
 */
public final class TypeInference {
    private static final Set<PyKind> REAL_INT = Collections.unmodifiableSet(EnumSet.of(PyKind.INT));
    private static final Set<PyKind> REAL_FLOAT = Collections.unmodifiableSet(EnumSet.of(PyKind.FLOAT));
    private static final Set<PyKind> INT_OR_FLOAT = Collections.unmodifiableSet(EnumSet.of(PyKind.INT, PyKind.FLOAT));

    private final Module module;
    private final ClosedCallees callees;
    private final Map<Value, EnumSet<PyKind>> facts = new IdentityHashMap<>();
    private final Map<String, EnumSet<PyKind>> globals = new HashMap<>();
    private final Map<String, EnumSet<PyKind>> attributes = new HashMap<>();
    private final Map<Function, EnumSet<PyKind>> returns = new IdentityHashMap<>();
    private boolean changed;

    private TypeInference(Module module) {
        this.module = module;
        this.callees = ClosedCallees.of(module);
    }

    /** The kinds of every {@code obj} value of {@code module} (identity keys; a missing value has none). */
    public static Map<Value, Set<PyKind>> solve(Module module) {
        TypeInference t = new TypeInference(module);
        t.seed();
        do {
            t.changed = false;
            for (Function f : module.functions())
                for (Block b : f.blocks())
                    for (Op op : b.ops()) t.eval(f, op);
        } while (t.changed);
        return new IdentityHashMap<>(t.facts);
    }

    /** Parameters nothing in the module passes: of escaping functions, default unwind blocks (the exception). */
    private void seed() {
        for (Function f : module.functions()) {
            ClosedCallees.Callee c = callees.callee(f);
            var params = f.entry().params();
            for (int i = 0; i < params.size(); i++)
                join(params.get(i), c == null ? PyKind.ANY : c.isInit() && i == 0 ? EnumSet.of(PyKind.OTHER) : Set.of());
            if (f.defaultUnwind() != null)
                for (Value p : f.defaultUnwind().params()) join(p, PyKind.ANY);
        }
    }

    private void eval(Function f, Op op) {
        if (op.results().size() == 1 && op.result().type().equals(Type.OBJ)) join(op.result(), resultKinds(op));
        else
            for (OpResult r : op.results())
                if (r.type().equals(Type.OBJ)) join(r, PyKind.ANY);
        for (BlockCall bc : op.successors()) flow(bc, 0);
        if (op.unwindKind() == Op.UnwindKind.BLOCK) {
            join(op.unwind().target().param(0), PyKind.ANY);
            flow(op.unwind(), 1);
        }
        switch (op.name()) {
            case "py.store_global" -> {
                EnumSet<PyKind> g = globals(op.strAttr("name"));
                if (g != null) changed |= g.addAll(kinds(op.operand(0)));
            }
            case "py.setattr" -> {
                EnumSet<PyKind> a = attribute(op.strAttr("name"));
                if (a != null) changed |= a.addAll(kinds(op.operand(1)));
            }
            case "cf.return" -> {
                if (callees.callee(f) != null && !op.operands().isEmpty())
                    changed |= returns.computeIfAbsent(f, k -> EnumSet.noneOf(PyKind.class)).addAll(kinds(op.operand(0)));
            }
            case "py.call", "py.call_direct" -> {
                ClosedCallees.Callee c = callees.callAt(op);
                if (c != null) {
                    int first = op.is("py.call") ? 1 : 0;
                    int shift = c.isInit() ? 1 : 0;
                    for (int i = first; i < op.operands().size(); i++)
                        join(c.code().entry().param(i - first + shift), kinds(op.operand(i)));
                }
            }
            default -> {
            }
        }
    }

    /** Joins the arguments of {@code bc} from position {@code from} of the target's parameters on. */
    private void flow(BlockCall bc, int from) {
        Block t = bc.target();
        for (int i = 0; i < bc.args().size() && from + i < t.params().size(); i++)
            join(t.param(from + i), kinds(bc.arg(i)));
    }

    private Set<PyKind> resultKinds(Op op) {
        String n = op.name();
        return switch (n) {
            case "py.const.int", "py.box.i64" -> REAL_INT;
            case "py.const.float", "py.box.f64" -> REAL_FLOAT;
            case "py.const.bool", "py.box.bool", "py.not", "py.is", "py.is_not", "py.in", "py.not_in" -> EnumSet.of(PyKind.BOOL);
            case "py.const.str", "py.format", "py.build_string" -> EnumSet.of(PyKind.STR);
            case "py.const.none" -> EnumSet.of(PyKind.NONE);
            case "py.check_bound" -> kinds(op.operand(0));
            case "py.add", "py.sub", "py.mul", "py.inplace.add", "py.inplace.sub", "py.inplace.mul",
                    "py.floordiv", "py.mod", "py.inplace.floordiv", "py.inplace.mod" ->
                    arithmetic(kinds(op.operand(0)), kinds(op.operand(1)), false);
            case "py.truediv", "py.inplace.truediv" -> arithmetic(kinds(op.operand(0)), kinds(op.operand(1)), true);
            case "py.pow", "py.inplace.pow" -> power(kinds(op.operand(0)), kinds(op.operand(1)));
            case "py.neg", "py.pos" -> unary(kinds(op.operand(0)));
            case "py.eq", "py.ne", "py.lt", "py.le", "py.gt", "py.ge" -> comparison(kinds(op.operand(0)), kinds(op.operand(1)));
            case "py.load_global" -> {
                EnumSet<PyKind> g = globals(op.strAttr("name"));
                yield g == null ? PyKind.ANY : g;
            }
            case "py.getattr" -> {
                EnumSet<PyKind> a = attribute(op.strAttr("name"));
                yield a == null ? PyKind.ANY : a;
            }
            case "py.call", "py.call_direct" -> callResult(op);
            default -> PyKind.ANY;
        };
    }

    /**
     * {@code a OP b} for + - * // % (and / when {@code trueDivision}) by the numeric tower: bool and int give int
     * (a true division gives float), a float on either side gives float (CPython's int and float number
     * methods, Objects/longobject.c and floatobject.c). Anything else may reach a user dunder: any kind.
     */
    private static Set<PyKind> arithmetic(Set<PyKind> a, Set<PyKind> b, boolean trueDivision) {
        EnumSet<PyKind> r = EnumSet.noneOf(PyKind.class);
        for (PyKind x : a)
            for (PyKind y : b) {
                if (!x.isReal() || !y.isReal()) return PyKind.ANY;
                r.add(trueDivision || x == PyKind.FLOAT || y == PyKind.FLOAT ? PyKind.FLOAT : PyKind.INT);
            }
        return r;
    }

    /**
     * {@code a ** b}: with a float on either side a float (a negative base to a fractional power, complex in
     * CPython, raises in Molt, which has no complex type), int ** int an int or (negative exponent) a float.
     */
    private static Set<PyKind> power(Set<PyKind> a, Set<PyKind> b) {
        EnumSet<PyKind> r = EnumSet.noneOf(PyKind.class);
        for (PyKind x : a)
            for (PyKind y : b) {
                if (!x.isReal() || !y.isReal()) return PyKind.ANY;
                r.addAll(x == PyKind.FLOAT || y == PyKind.FLOAT ? REAL_FLOAT : INT_OR_FLOAT);
            }
        return r;
    }

    /** {@code -a}, {@code +a}: float stays float, bool and int give int. */
    private static Set<PyKind> unary(Set<PyKind> a) {
        EnumSet<PyKind> r = EnumSet.noneOf(PyKind.class);
        for (PyKind x : a) {
            if (!x.isReal()) return PyKind.ANY;
            r.add(x == PyKind.FLOAT ? PyKind.FLOAT : PyKind.INT);
        }
        return r;
    }

    /** Comparisons of two real numbers or two str give a bool; others may reach a user dunder. */
    private static Set<PyKind> comparison(Set<PyKind> a, Set<PyKind> b) {
        if (a.isEmpty() || b.isEmpty()) return Set.of();
        boolean reals = a.stream().allMatch(PyKind::isReal) && b.stream().allMatch(PyKind::isReal);
        boolean strs = a.equals(Set.of(PyKind.STR)) && b.equals(Set.of(PyKind.STR));
        return reals || strs ? EnumSet.of(PyKind.BOOL) : PyKind.ANY;
    }

    private Set<PyKind> callResult(Op op) {
        ClosedCallees.Callee c = callees.callAt(op);
        if (c != null) return c.isInit() ? PyKind.ANY : returns.getOrDefault(c.code(), EnumSet.noneOf(PyKind.class));
        if (op.is("py.call") && op.attr("kwnames") == null && op.operand(0) instanceof OpResult r
                && r.op().is("py.load_global") && !callees.storedGlobals().contains(r.op().strAttr("name"))) {
            // the builtin itself: float(x) is an exact float (or raises), len(x) an exact int
            String name = r.op().strAttr("name");
            if (name.equals("float") && op.operands().size() <= 2) return REAL_FLOAT;
            if (name.equals("len") && op.operands().size() == 2) return REAL_INT;
        }
        return PyKind.ANY;
    }

    /** The kinds of global {@code name} so far, or {@code null} when they are not inferred (any kind). */
    private EnumSet<PyKind> globals(String name) {
        if (!callees.inferableGlobal(name)) return null;
        return globals.computeIfAbsent(name, k -> EnumSet.noneOf(PyKind.class));
    }

    /** The kinds of attribute {@code name} so far, or {@code null} when they are not inferred (any kind). */
    private EnumSet<PyKind> attribute(String name) {
        if (!callees.inferableAttribute(name)) return null;
        return attributes.computeIfAbsent(name, k -> EnumSet.noneOf(PyKind.class));
    }

    private Set<PyKind> kinds(Value v) {
        EnumSet<PyKind> k = facts.get(v);
        return k == null ? Set.of() : k;
    }

    private void join(Value v, Set<PyKind> add) {
        if (!v.type().equals(Type.OBJ)) return;
        EnumSet<PyKind> k = facts.get(v);
        if (k == null) {
            facts.put(v, add.isEmpty() ? EnumSet.noneOf(PyKind.class) : EnumSet.copyOf(add));
            changed |= !add.isEmpty();
        } else {
            changed |= k.addAll(add);
        }
    }
}
